#pragma once

class QApplication;

namespace cds {

// Call before constructing QApplication. When there is no display (neither
// DISPLAY nor WAYLAND_DISPLAY) and QT_QPA_PLATFORM is unset, selects the
// offscreen platform, so the headless options (--export-report,
// --export-dashboard, --import, --backup, --restore, --version, --help) work on
// servers and in CI, and anything else gets a message instead of Qt aborting.
// Only on Unix other than macOS; elsewhere there is always a window system.
void prepareHeadlessPlatform(int argc, char **argv);

// Everything main() does once the QApplication exists: parses the command
// line, installs the translators, then either runs the exports without a
// window or opens the main window. Returns the process exit code (0 on
// success; 1 on a bad option; 2 when the database, the campaign or an export
// fails, with the reason on stderr; 3 when --import refuses its file, with
// every problem's line and column on stderr).
int runCdsDesk(QApplication &app);

} // namespace cds
