#include "DialogWatchdog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

namespace cds::test {

void closeUnexpectedDialogs(QObject *owner, std::function<bool(const QWidget *)> expected)
{
    auto *watchdog = new QTimer(owner);
    QObject::connect(watchdog, &QTimer::timeout, owner, [expected] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || (expected && expected(modal)))
            return;
        const auto *box = qobject_cast<QMessageBox *>(modal);
        qWarning("unexpected dialog: %s %s", qPrintable(modal->windowTitle()), box ? qPrintable(box->text()) : "");
        modal->close();
    });
    watchdog->start(1000);
}

} // namespace cds::test
