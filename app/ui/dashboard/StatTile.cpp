#include "StatTile.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cds {

StatTile::StatTile(const QString &name, const QColor &accent, QWidget *parent) : QFrame(parent)
{
    setObjectName(name);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tilePalette = palette();
    tilePalette.setColor(QPalette::Window, tilePalette.color(QPalette::Base));
    setPalette(tilePalette);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    auto *accentBar = new QFrame(this);
    accentBar->setFixedWidth(6);
    accentBar->setAutoFillBackground(true);
    QPalette accentPalette = accentBar->palette();
    accentPalette.setColor(QPalette::Window, accent);
    accentBar->setPalette(accentPalette);

    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(name + QStringLiteral("TitleLabel"));
    m_titleLabel->setWordWrap(true);

    m_valueLabel = new QLabel(this);
    m_valueLabel->setObjectName(name + QStringLiteral("ValueLabel"));
    QFont valueFont = m_valueLabel->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 2.0);
    valueFont.setBold(true);
    m_valueLabel->setFont(valueFont);
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(name + QStringLiteral("DetailLabel"));
    QPalette detailPalette = m_detailLabel->palette();
    detailPalette.setColor(QPalette::WindowText, detailPalette.color(QPalette::PlaceholderText));
    m_detailLabel->setPalette(detailPalette);

    m_detailLabel->setWordWrap(true);

    m_changeLabel = new QLabel(this);
    m_changeLabel->setObjectName(name + QStringLiteral("ChangeLabel"));
    m_changeLabel->hide();

    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::TabFocus);

    auto *textLayout = new QVBoxLayout;
    textLayout->setSpacing(2);
    textLayout->addWidget(m_titleLabel);
    textLayout->addWidget(m_valueLabel);
    textLayout->addWidget(m_detailLabel);
    textLayout->addWidget(m_changeLabel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 6);
    layout->setSpacing(10);
    layout->addWidget(accentBar);
    layout->addLayout(textLayout, 1);
}

StatTile::~StatTile() = default;

void StatTile::setTitle(const QString &title)
{
    m_titleLabel->setText(title);
}

void StatTile::setValue(const QString &value)
{
    m_valueLabel->setText(value);
}

void StatTile::setDetail(const QString &detail)
{
    m_detailLabel->setText(detail);
}

void StatTile::setChange(const QString &change)
{
    m_changeLabel->setText(change);
    m_changeLabel->setVisible(!change.isEmpty());
}

void StatTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

void StatTile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        emit clicked();
        return;
    }
    QFrame::keyPressEvent(event);
}

QString StatTile::value() const
{
    return m_valueLabel->text();
}

} // namespace cds
