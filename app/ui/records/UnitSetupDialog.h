#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cds {

// "Set up from the national list…" on the administrative units page: choose
// the list (01/07/2025 or 01/03/2025) and a province (searchable); the
// dialog shows what will be created and creates it on OK, in one undoable
// step (units/ProvinceSetup.h). savedGroup() is the change group written,
// 0 when nothing was.
class UnitSetupDialog : public QDialog
{
    Q_OBJECT

public:
    UnitSetupDialog(const QSqlDatabase &db, QWidget *parent = nullptr);

    qint64 savedGroup() const { return m_group; }

    void accept() override;

private:
    void fillProvinces();
    void showPlan();
    QString chosenProvince() const;

    QSqlDatabase m_db;
    QComboBox *m_listCombo;
    QLineEdit *m_searchEdit;
    QListWidget *m_provinceList;
    QLabel *m_planLabel;
    qint64 m_group = 0;
};

} // namespace cds
