#include "records/MemberGridDialog.h"

#include "common/DateField.h"
#include "records/RecordStore.h"
#include "records/RecordWidgets.h"
#include "records/Validation.h"
#include "teams/TeamChecks.h"
#include "text/VietnameseText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cds {

namespace {

constexpr int initialRows = 12;
const QColor wrongCellColor(255, 205, 205);

// Excel quotes a cell holding a tab, a quote or a line break: "a ""b""".
QString unquoted(const QString &cell)
{
    if (cell.size() >= 2 && cell.startsWith(u'"') && cell.endsWith(u'"'))
        return cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return cell;
}

// A first pasted row that names the columns ("Họ và tên", "Full name").
bool isHeaderRow(const QStringList &cells)
{
    if (cells.isEmpty())
        return false;
    const QString key = text::searchKey(cells.first());
    return key == QLatin1String("ho va ten") || key == QLatin1String("ho ten")
            || key == QLatin1String("full name") || key == QLatin1String("name")
            || key == QLatin1String("stt") || key == QLatin1String("tt")
            || key == QLatin1String("no.");
}

} // namespace

MemberGridDialog::MemberGridDialog(QWidget *parent, const RecordContext &context, qint64 teamId)
    : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("memberGridDialog"));
    setWindowTitle(tr("Add several members"));

    m_teamComboBox = new QComboBox(this);
    m_teamComboBox->setObjectName(QStringLiteral("teamComboBox"));
    // The campaign's teams (only what is typed, at national size).
    widgets::fillTeamCombo(m_teamComboBox, context.db, context.campaignId, teamId, true);
    widgets::makeSearchable(m_teamComboBox);
    widgets::selectData(m_teamComboBox, teamId == 0 ? QVariant() : QVariant(teamId));

    auto *hint = new QLabel(
            tr("Type the members or paste them from Excel (Ctrl+V): one member a row, the columns "
               "in this order. Gender: Nam, Nữ or Khác; role: Tổ trưởng, Tổ phó or Thành viên "
               "(empty: Thành viên); date joined: dd/mm/yyyy."),
            this);
    hint->setWordWrap(true);

    m_table = new QTableWidget(initialRows, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("memberGridTableWidget"));
    m_table->setHorizontalHeaderLabels({ tr("Full name *"), tr("Gender"), tr("Year of birth"),
                                         tr("Phone"), tr("Role in the team"), tr("Joined on"),
                                         tr("Works at") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(FullName, 220);
    m_table->installEventFilter(this);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (m_filling)
            return;
        ensureSpareRow();
        check();
    });

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("gridMessageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #a00000; }"));
    m_messageLabel->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("gridButtonBox"));
    QPushButton *pasteButton =
            m_buttons->addButton(tr("&Paste from Excel"), QDialogButtonBox::ActionRole);
    pasteButton->setObjectName(QStringLiteral("pasteButton"));
    pasteButton->setAutoDefault(false);
    connect(pasteButton, &QPushButton::clicked, this, [this] { paste(); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { save(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Team *"), m_teamComboBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_buttons);
    resize(960, 520);
}

MemberGridDialog::~MemberGridDialog() = default;

bool MemberGridDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste)) {
            paste();
            return true;
        }
        // While a cell is edited its editor gets the keys, not the table.
        if (key->key() == Qt::Key_Delete) {
            m_filling = true;
            for (QTableWidgetItem *item : m_table->selectedItems())
                item->setText(QString());
            m_filling = false;
            check();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

int MemberGridDialog::paste()
{
    return pasteText(QApplication::clipboard()->text());
}

int MemberGridDialog::pasteText(const QString &text)
{
    QStringList lines = QString(text).remove(u'\r').split(u'\n');
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty() && isHeaderRow(lines.first().split(u'\t')))
        lines.removeFirst();
    if (lines.isEmpty())
        return 0;

    int startRow = m_table->currentRow();
    int startColumn = std::max(0, m_table->currentColumn());
    if (startRow < 0) {
        startRow = 0;
        while (startRow < m_table->rowCount() && !rowIsBlank(startRow))
            ++startRow;
        startColumn = 0;
    }
    m_filling = true;
    if (m_table->rowCount() < startRow + lines.size())
        m_table->setRowCount(int(startRow + lines.size()));
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u'\t');
        for (int j = 0; j < cells.size() && startColumn + j < ColumnCount; ++j) {
            QTableWidgetItem *item = m_table->item(startRow + i, startColumn + j);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(startRow + i, startColumn + j, item);
            }
            item->setText(unquoted(cells[j]).trimmed());
        }
    }
    ensureSpareRow();
    m_filling = false;
    check();
    return int(lines.size());
}

QString MemberGridDialog::cell(int row, int column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

bool MemberGridDialog::rowIsBlank(int row) const
{
    for (int column = 0; column < ColumnCount; ++column) {
        if (!cell(row, column).isEmpty())
            return false;
    }
    return true;
}

void MemberGridDialog::ensureSpareRow()
{
    const bool filling = m_filling;
    m_filling = true;
    if (m_table->rowCount() == 0 || !rowIsBlank(m_table->rowCount() - 1))
        m_table->setRowCount(m_table->rowCount() + 1);
    m_filling = filling;
}

QList<MemberGridDialog::Problem> MemberGridDialog::problems(bool *anyRow) const
{
    QList<Problem> found;
    *anyRow = false;
    QHash<QString, int> seen; // the import's identity of a person: name, year, phone
    // The chosen team's present members, by the same identity.
    QSet<QString> present;
    if (const QVariant team = widgets::chosenId(m_teamComboBox); !team.isNull()) {
        for (const teams::CurrentMember &member : teams::currentMembers(m_context.db, team.toLongLong()))
            present.insert(validation::personIdentity(member.fullName, member.birthYear, member.phone));
    }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (rowIsBlank(row))
            continue;
        *anyRow = true;
        const auto wrong = [&](int column, const QString &message) {
            found.append({ row, column, message });
        };
        const QString name = cell(row, FullName);
        if (name.isEmpty())
            wrong(FullName, tr("Enter the member's full name."));
        else if (const QString error = validation::invisibleCharacterError(name); !error.isEmpty())
            wrong(FullName, error);
        else if (const QString error = validation::lengthError(
                         name.simplified(), validation::maximumLength(QStringLiteral("full_name")));
                 !error.isEmpty())
            wrong(FullName, error);
        if (const QString error = validation::genderError(cell(row, Gender)); !error.isEmpty())
            wrong(Gender, error);
        const QString yearText = cell(row, BirthYear);
        if (!yearText.isEmpty()) {
            bool ok = false;
            const int year = yearText.toInt(&ok);
            if (const QString error = validation::birthYearError(ok ? year : 0); !error.isEmpty())
                wrong(BirthYear, error);
        }
        if (const QString error = validation::phoneNumberError(cell(row, Phone)); !error.isEmpty())
            wrong(Phone, error);
        if (const QString error = validation::memberRoleError(cell(row, Role)); !error.isEmpty())
            wrong(Role, error);
        const QString joinedText = cell(row, JoinedOn);
        if (!joinedText.isEmpty()) {
            const QDate joined = DateField::parse(joinedText);
            if (!joined.isValid())
                wrong(JoinedOn,
                      tr("Expected a date written dd/mm/yyyy (such as 07/10/2022), found “%1”.")
                              .arg(joinedText));
            else if (const QString error = validation::joinedDateError(joined); !error.isEmpty())
                wrong(JoinedOn, error);
        }
        if (!name.isEmpty()) {
            const QString person = validation::personIdentity(name, yearText.isEmpty() ? QVariant() : QVariant(yearText.toInt()),
                                             cell(row, Phone));
            if (present.contains(person))
                wrong(FullName, tr("“%1” is already a member of this team.").arg(name.simplified()));
            else if (const auto earlier = seen.constFind(person); earlier != seen.constEnd())
                wrong(FullName,
                      tr("“%1” is already on row %2.").arg(name.simplified()).arg(*earlier + 1));
            else
                seen.insert(person, row);
        }
    }
    return found;
}

QStringList MemberGridDialog::check()
{
    bool anyRow = false;
    const QList<Problem> found = problems(&anyRow);
    const bool filling = m_filling;
    m_filling = true;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem *item = m_table->item(row, column)) {
                item->setData(Qt::BackgroundRole, QVariant());
                item->setToolTip(QString());
            }
        }
    }
    QStringList messages;
    for (const Problem &problem : found) {
        QTableWidgetItem *item = m_table->item(problem.row, problem.column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(problem.row, problem.column, item);
        }
        item->setBackground(wrongCellColor);
        item->setToolTip(problem.message);
        messages << tr("Row %1, %2: %3")
                            .arg(problem.row + 1)
                            .arg(m_table->horizontalHeaderItem(problem.column)
                                         ->text()
                                         .remove(QStringLiteral(" *")),
                                 problem.message);
    }
    m_filling = filling;
    QString shown = messages.mid(0, 6).join(u'\n');
    if (messages.size() > 6)
        shown += u'\n' + tr("… and %n more problem(s).", nullptr, int(messages.size() - 6));
    m_messageLabel->setText(shown);
    m_messageLabel->setVisible(!messages.isEmpty());
    return messages;
}

bool MemberGridDialog::save()
{
    const QStringList messages = check();
    if (!messages.isEmpty())
        return false;
    const QVariant team = widgets::chosenId(m_teamComboBox);
    const auto refuse = [this](const QString &message) {
        m_messageLabel->setText(message);
        m_messageLabel->setVisible(true);
        return false;
    };
    if (team.isNull())
        return refuse(tr("Choose the team the members join."));
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (!rowIsBlank(row))
            rows << row;
    }
    if (rows.isEmpty())
        return refuse(tr("Type or paste at least one member."));

    RecordTransaction write(m_context.db,
                            tr("Add %n member(s) to “%1”", nullptr, int(rows.size()))
                                    .arg(m_teamComboBox->currentText()));
    const qint64 unit = teams::teamUnitId(m_context.db, team.toLongLong());
    for (const int row : std::as_const(rows)) {
        const QString yearText = cell(row, BirthYear);
        const QString affiliation = cell(row, Affiliation).simplified();
        const QString gender = validation::genderCode(cell(row, Gender));
        const QString role = validation::memberRoleCode(cell(row, Role));
        const QDate joined = DateField::parse(cell(row, JoinedOn));
        const QString phone = validation::normalizedPhoneNumber(cell(row, Phone));
        const qint64 member = write.insert(
                QStringLiteral("member"),
                { { QStringLiteral("full_name"), text::normalized(cell(row, FullName)) },
                  { QStringLiteral("gender"), gender.isEmpty() ? QVariant() : QVariant(gender) },
                  { QStringLiteral("birth_year"),
                    yearText.isEmpty() ? QVariant() : QVariant(yearText.toInt()) },
                  { QStringLiteral("phone"), phone.isEmpty() ? QVariant() : QVariant(phone) },
                  { QStringLiteral("affiliation"),
                    affiliation.isEmpty() ? QVariant() : QVariant(affiliation) },
                  // The team's unit, as the member import records it.
                  { QStringLiteral("unit_id"), unit ? QVariant(unit) : QVariant() } });
        write.insert(
                QStringLiteral("team_member"),
                { { QStringLiteral("team_id"), team },
                  { QStringLiteral("member_id"), member },
                  { QStringLiteral("role"), role.isEmpty() ? QStringLiteral("member") : role },
                  { QStringLiteral("joined_on"),
                    joined.isValid() ? QVariant(joined.toString(Qt::ISODate)) : QVariant() } });
        if (!write.ok())
            break;
    }
    if (!write.commit())
        return refuse(tr("The members were not saved: %1").arg(write.error()));
    m_savedGroup = write.groupId();
    m_savedCount = int(rows.size());
    accept();
    return true;
}

} // namespace cds
