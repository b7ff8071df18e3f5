#pragma once

#include <QWidget>

class QTextBrowser;

namespace cds {

// The user guide (docs/guide, compiled into the resources under :/guide),
// read offline in the interface's language: Help → User guide, or F1.
class UserGuideWindow : public QWidget
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    // Shows the guide in language ("vi" or "en"; Vietnamese otherwise).
    void showGuide(const QString &language);

private:
    QTextBrowser *m_browser;
};

} // namespace cds
