#include "RestoreDialog.h"
#include "ui_RestoreDialog.h"

#include "text/VietnameseText.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>

namespace cds {

namespace {
std::optional<bool> s_nextAnswer;
} // namespace

RestoreDialog::RestoreDialog(const QString &backupPath, const backup::BackupContents &contents,
                             const QString &safetyFolder, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RestoreDialog>())
{
    m_ui->setupUi(this);
    m_restoreButton =
            m_ui->restoreButtonBox->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    connect(m_restoreButton, &QPushButton::clicked, this, &QDialog::accept);
    m_ui->restoreButtonBox->button(QDialogButtonBox::Cancel)->setDefault(true);

    m_ui->backupFileLabel->setText(QDir::toNativeSeparators(backupPath));
    // vi-VN date and time whatever the interface language: 07/10/2022 14:30.
    m_ui->takenAtLabel->setText(contents.takenAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));

    QList<std::pair<QString, QString>> rows;
    for (const backup::CampaignInfo &campaign : contents.campaigns)
        rows.append({ tr("Campaign %1").arg(campaign.year), campaign.name });
    if (contents.campaigns.isEmpty())
        rows.append({ tr("Campaigns"), tr("none") });
    rows.append({ tr("Teams"), text::formatNumber(contents.teams) });
    rows.append({ tr("Members"), text::formatNumber(contents.members) });
    rows.append({ tr("Training sessions"), text::formatNumber(contents.trainings) });
    rows.append({ tr("Events"), text::formatNumber(contents.events) });
    rows.append({ tr("Media outputs"), text::formatNumber(contents.mediaOutputs) });

    QTableWidget *table = m_ui->contentsTableWidget;
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({ tr("What"), tr("In the backup") });
    table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(rows[row].first));
        auto *value = new QTableWidgetItem(rows[row].second);
        if (row >= contents.campaigns.size() + (contents.campaigns.isEmpty() ? 1 : 0))
            value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(row, 1, value);
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    m_ui->replaceWarningLabel->setText(
            tr("Restoring replaces everything in the open database with the backup. A safety copy "
               "of the database as it is now is saved first in %1.")
                    .arg(QDir::toNativeSeparators(safetyFolder)));
}

RestoreDialog::~RestoreDialog() = default;

bool RestoreDialog::confirmRestore(QWidget *parent, const QString &backupPath,
                                   const backup::BackupContents &contents,
                                   const QString &safetyFolder)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    RestoreDialog dialog(backupPath, contents, safetyFolder, parent);
    return dialog.exec() == QDialog::Accepted;
}

void RestoreDialog::setNextAnswer(bool answer)
{
    s_nextAnswer = answer;
}

} // namespace cds
