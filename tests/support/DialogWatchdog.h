#pragma once

#include <functional>

class QObject;
class QWidget;

namespace cds::test {

// A modal dialog that a test did not answer in advance would block it for
// ever: once a second, the active modal dialog is named in a warning (with a
// message box's text) and closed, unless expected(dialog) says the test
// opened it on purpose. The timer belongs to owner.
void closeUnexpectedDialogs(QObject *owner, std::function<bool(const QWidget *)> expected = {});

} // namespace cds::test
