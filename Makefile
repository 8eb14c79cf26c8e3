# PaperSift — the two commands are `make run` and `make test` (see README.md).
#
# Each target builds natively when the host has Qt >= 6.8 and KF6 SyntaxHighlighting; otherwise it
# runs itself again inside the Debian 13 build root (packaging/debian13-root.sh), creating it first.
# PAPERSIFT_NATIVE=1 forces a native build, PAPERSIFT_NATIVE=0 forces the root.

PRESET ?= dev
ROOT_SCRIPT := packaging/debian13-root.sh
BUILD_DIR = build/$(PRESET)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
# CI builds with warnings as errors.
WERROR := $(if $(CI),ON,OFF)

ifeq ($(origin PAPERSIFT_NATIVE),undefined)
PAPERSIFT_NATIVE := $(shell packaging/have-native-deps.sh >/dev/null 2>&1 && echo 1 || echo 0)
endif

.PHONY: all build run test bench format clean configure root-shell root-remove smoke package package-check fuzz monkey tsan

# make fuzz: each libFuzzer target runs this long (seconds); FUZZ_TARGETS picks some ("feed query").
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?=
# make monkey: the GUI monkey under ASan for this long (seconds); MONKEY_SEED replays a sequence.
MONKEY_SECONDS ?= 1800
MONKEY_SEED ?=

ifeq ($(PAPERSIFT_NATIVE),1)

all: build

configure:
	@cmake --preset $(PRESET) -DPAPERSIFT_WARNINGS_AS_ERRORS=$(WERROR) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) --parallel $(JOBS)

# The dev build carries AddressSanitizer: Qt's own allocations that live until exit are not leaks
# worth a report when the window closes.
run: build
	ASAN_OPTIONS=$${ASAN_OPTIONS:-detect_leaks=0} $(BUILD_DIR)/papersift $(ARGS)

test: build
	@QT_QPA_PLATFORM=offscreen ctest --preset $(PRESET) --parallel $(JOBS)

# Benchmarks are built in the release preset and never run by `make test`.
bench:
	@cmake --preset release >/dev/null
	@cmake --build build/release --parallel $(JOBS)
	@QT_QPA_PLATFORM=offscreen ctest --test-dir build/release -L bench --output-on-failure --verbose

smoke: build
	@ctest --test-dir $(BUILD_DIR) -R smoke --output-on-failure --verbose

# The .deb, from the release preset (CPack; its Depends from dpkg-shlibdeps); prints its path.
# It builds only what the package installs (papersift_installables), not the suites and benchmarks.
package:
	@cmake --preset release >/dev/null
	@cmake --build build/release --parallel $(JOBS) --target papersift_installables
	@packaging/build-deb.sh build/release

# The parsers under libFuzzer (clang, ASan + UBSan), FUZZ_SECONDS each, two at a time; findings in
# build/fuzz/findings/. `make test` replays the seeds and tests/fuzz/regressions/ in every build.
fuzz:
	@cmake --preset fuzz -DPAPERSIFT_WARNINGS_AS_ERRORS=$(WERROR) >/dev/null
	@cmake --build --preset fuzz --parallel $(JOBS)
	@tests/fuzz/run.sh build/fuzz $(FUZZ_SECONDS) $(FUZZ_TARGETS)

# The suites where threads meet (the pipeline, the store, the window) under ThreadSanitizer; it
# builds only those. Debian's Qt is not built with TSan, so its own locking and atomics are
# invisible to it: the preset ignores what Qt's libraries access themselves
# (ignore_noninstrumented_modules), and tests/tsan.supp names the Qt hand-offs it cannot see.
tsan:
	@cmake --preset tsan -DPAPERSIFT_WARNINGS_AS_ERRORS=$(WERROR) >/dev/null
	@cmake --build build/tsan --parallel $(JOBS) --target tsan_suites
	@QT_QPA_PLATFORM=offscreen ctest --preset tsan --parallel $(JOBS) -L '^(pipeline|store|ui)$$'

# The GUI monkey (tests/ui/tst_monkey.cpp) in the dev preset (ASan + UBSan) for MONKEY_SECONDS; it
# prints its seed, and MONKEY_SEED=… replays one.
monkey:
	@cmake --preset $(PRESET) -DPAPERSIFT_WARNINGS_AS_ERRORS=$(WERROR) >/dev/null
	@cmake --build $(BUILD_DIR) --parallel $(JOBS) --target tst_monkey
	@QT_QPA_PLATFORM=offscreen PAPERSIFT_MONKEY_SECONDS=$(MONKEY_SECONDS) \
		$(if $(MONKEY_SEED),PAPERSIFT_MONKEY_SEED=$(MONKEY_SEED)) \
		ctest --preset $(PRESET) -R '^tst_monkey$$' --output-on-failure --timeout $$(($(MONKEY_SECONDS) + 600))

# Installs the .deb into a clean Debian 13 root and uses it there (minutes; not part of `make test`).
# It also needs the screenshot tool of the smoke test (xshot), which the package does not hold.
package-check: package
	@cmake --build build/release --parallel $(JOBS) --target xshot
	@packaging/package-check.sh

else

all build run test bench smoke package package-check fuzz monkey tsan:
	@$(ROOT_SCRIPT) run $(MAKE) --no-print-directory $@ PRESET=$(PRESET) $(if $(ARGS),ARGS='$(ARGS)') \
		FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS='$(FUZZ_TARGETS)' MONKEY_SECONDS=$(MONKEY_SECONDS) \
		MONKEY_SEED=$(MONKEY_SEED)

endif

format:
	@files=$$(git ls-files '*.cpp' '*.h'); \
	if command -v clang-format >/dev/null; then clang-format -i $$files; \
	else $(ROOT_SCRIPT) run clang-format -i $$files; fi

root-shell:
	@$(ROOT_SCRIPT) shell

root-remove:
	@$(ROOT_SCRIPT) remove

clean:
	rm -rf build
