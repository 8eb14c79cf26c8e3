# A real window under Xvfb: start papersift, wait for its window, save a screenshot.
add_executable(xshot smoke/xshot.cpp)
target_link_libraries(xshot PRIVATE papersift_common Qt6::Gui)

add_test(NAME smoke_window
    COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/smoke/smoke.sh
        $<TARGET_FILE:papersift> $<TARGET_FILE:xshot> ${CMAKE_BINARY_DIR}/screenshots/smoke-window.png)
set_tests_properties(smoke_window PROPERTIES LABELS "ui;smoke" TIMEOUT 120)
