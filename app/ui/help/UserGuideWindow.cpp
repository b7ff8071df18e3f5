#include "help/UserGuideWindow.h"

#include <QFile>
#include <QGuiApplication>
#include <QScreen>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cds {

UserGuideWindow::UserGuideWindow(QWidget *parent) : QWidget(parent, Qt::Window), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("CDS Desk user guide"));
    m_browser->setObjectName(QStringLiteral("userGuideTextBrowser"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSearchPaths({ QStringLiteral(":/guide") });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableGeometry().size() - QSize(40, 80) : QSize(900, 700);
    resize(QSize(1000, 720).boundedTo(room));
}

void UserGuideWindow::showGuide(const QString &language)
{
    const QString name = language == QStringLiteral("en") ? QStringLiteral("guide.en.md") : QStringLiteral("guide.vi.md");
    QFile file(QStringLiteral(":/guide/") + name);
    if (file.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(file.readAll()));
    else
        m_browser->setPlainText(tr("The guide is missing from this build."));
    show();
    raise();
    activateWindow();
}

} // namespace cds
