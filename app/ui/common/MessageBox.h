#pragma once

#include <QMessageBox>
#include <QString>

namespace cds {

// Modal message boxes that a test can answer in advance, so GUI tests never
// block on a dialog (after KeePassXC's MessageBox::setNextAnswer).
class MessageBox
{
public:
    static QMessageBox::StandardButton
    critical(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton
    warning(QWidget *parent, const QString &title, const QString &text,
            QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton
    information(QWidget *parent, const QString &title, const QString &text,
                QMessageBox::StandardButtons buttons = QMessageBox::Ok);
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No);
    // Rich-text "About" box (text may hold HTML).
    static void about(QWidget *parent, const QString &title, const QString &text);

    // The next message box is not shown and returns answer instead (one shot).
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last message box shown or answered in advance (tests read it).
    static QString lastText();
    static void clearLastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent,
                                            const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons);
};

} // namespace cds
