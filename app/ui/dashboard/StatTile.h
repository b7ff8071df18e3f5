#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace cds {

// A dashboard tile: a caption, one large figure, an optional detail line and
// the change against the previous campaign, with a coloured bar on the left.
// Its labels are named "<name>TitleLabel", "<name>ValueLabel",
// "<name>DetailLabel" and "<name>ChangeLabel" so tests read what users read.
// Clicking it (or Enter/Space when focused) emits clicked(): the list behind it.
class StatTile : public QFrame
{
    Q_OBJECT

public:
    StatTile(const QString &name, const QColor &accent, QWidget *parent = nullptr);
    ~StatTile() override;

    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setDetail(const QString &detail);
    // Empty hides the change line.
    void setChange(const QString &change);

    QString value() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_titleLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QLabel *m_changeLabel = nullptr;
};

} // namespace cds
