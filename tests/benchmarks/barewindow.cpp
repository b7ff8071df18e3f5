// The start-up baseline: a bare Qt Widgets window, reporting its first paint
// exactly as cdsdesk does under CDSDESK_BENCHMARK_STARTUP=1.
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace {

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

class Window : public QWidget
{
protected:
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [] {
                QTextStream(stdout) << "cdsdesk-first-paint peak-kb=" << peakMemoryKb() << Qt::endl;
                QCoreApplication::exit(0);
            });
        }
        return QWidget::event(event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1024, 700);
    window.show();
    return app.exec();
}
