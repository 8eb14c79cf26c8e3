#pragma once

#include <QPalette>
#include <QString>

namespace PaperSift {

/// Light, dark or the desktop's own colours. Everything in PaperSift paints from the palette, so
/// switching needs no other work.
enum class ThemeChoice { System, Light, Dark };

QPalette darkPalette();
QPalette lightPalette();
void applyTheme(ThemeChoice choice);
ThemeChoice themeFromName(const QString &name);
QString themeName(ThemeChoice choice);

} // namespace PaperSift
