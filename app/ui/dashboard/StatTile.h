#pragma once

#include <QColor>
#include <QFrame>

class QLabel;

namespace cds {

// A dashboard tile: a caption, one large figure and an optional detail line,
// with a coloured bar on the left. Its labels are named "<name>TitleLabel",
// "<name>ValueLabel" and "<name>DetailLabel" so tests read what users read.
class StatTile : public QFrame
{
    Q_OBJECT

public:
    StatTile(const QString &name, const QColor &accent, QWidget *parent = nullptr);
    ~StatTile() override;

    void setTitle(const QString &title);
    void setValue(const QString &value);
    void setDetail(const QString &detail);

    QString value() const;

private:
    QLabel *m_titleLabel = nullptr;
    QLabel *m_valueLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
};

} // namespace cds
