#include "DashboardTestData.h"

#include "TestDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace cds::test {

void execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        QTest::qFail(qPrintable(sql + QStringLiteral(": ") + query.lastError().text()), __FILE__, __LINE__);
}

std::unique_ptr<Database> openTwoCampaignDatabase(TwoCampaigns *ids)
{
    auto db = openMemoryDatabase();
    if (!db)
        return nullptr;
    const QStringList statements = {
        QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '99', 'Tỉnh Thử', 'Tỉnh', 1)"),
        QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES "
                       "(2, '901', 'Huyện Đảo', 'Huyện', 2, 1), (3, '902', 'Huyện Dung', 'Huyện', 2, 1), "
                       "(4, '90001', 'Xã An', 'Xã', 3, 3), (5, '90002', 'Xã Bình', 'Xã', 3, 3), "
                       "(6, '90003', 'Xã Cầu', 'Xã', 3, 2)"),
        QStringLiteral("INSERT INTO admin_unit (id, name, unit_type, level, parent_id) VALUES "
                       "(7, 'Thôn Đông', 'Thôn', 4, 2), (8, 'Thôn Tây', 'Thôn', 4, 4)"),
        QStringLiteral("INSERT INTO organisation (id, name, unit_id) VALUES "
                       "(1, 'Sở Thử', 1), (2, 'UBND huyện Dung', 3), (3, 'UBND huyện Đảo', 2)"),
        QStringLiteral("INSERT INTO campaign (id, name, year, province_id, start_date, end_date) VALUES "
                       "(1, 'Thử 2022', 2022, 1, '2022-09-01', '2022-11-30'), "
                       "(2, 'Thử 2023', 2023, 1, '2023-09-01', '2023-11-30')"),
        // 2022: two teams, 11 members.
        QStringLiteral("INSERT INTO team (id, campaign_id, unit_id, level, name, declared_member_count) VALUES "
                       "(1, 1, 1, 1, 'Tổ tỉnh', 8), (2, 1, 4, 3, 'Tổ xã An', 3)"),
        // 2023: five teams, 10 + 7 + 2 (listed, longer than the declared 1) + 5 + 6 = 30 members.
        QStringLiteral("INSERT INTO team (id, campaign_id, unit_id, level, name, declared_member_count) VALUES "
                       "(11, 2, 1, 1, 'Tổ tỉnh', 10), (12, 2, 3, 2, 'Tổ huyện Dung', 7), "
                       "(13, 2, 4, 3, 'Tổ xã An', 1), (14, 2, 6, 3, 'Tổ xã Cầu', 5), (15, 2, 7, 4, 'Tổ thôn Đông', 6)"),
        QStringLiteral("INSERT INTO member (id, full_name, unit_id) VALUES (1, 'Nguyễn Văn A', 4), (2, 'Trần Thị B', NULL)"),
        QStringLiteral("INSERT INTO team_member (team_id, member_id, role) VALUES (13, 1, 'leader'), (13, 2, 'member')"),
        QStringLiteral("INSERT INTO training_session (id, campaign_id, title, start_date, organiser_id, "
                       "participants_declared, participants_qualifier) VALUES "
                       "(1, 1, 'Tập huấn 2022', '2022-10-10', 1, 20, ''), "
                       "(11, 2, 'Tập huấn huyện Dung', '2023-09-15', 2, NULL, ''), "
                       "(12, 2, 'Tập huấn tỉnh', '2023-10-20', 1, 30, 'hon'), "
                       "(13, 2, 'Tập huấn huyện Đảo', '2023-12-05', 3, 12, '')"),
        QStringLiteral("INSERT INTO training_attendance (training_id, member_id) VALUES (11, 1), (11, 2)"),
        QStringLiteral("INSERT INTO event (id, campaign_id, kind, title, event_date, organiser_id, "
                       "in_person_attendance, online_attendance, online_qualifier, livestream_views) VALUES "
                       "(1, 1, 'workshop', 'Hội thảo 2022', '2022-10-10', 1, 40, NULL, '', NULL), "
                       "(11, 2, 'workshop', 'Hội thảo tỉnh', '2023-10-10', 1, 100, 200, 'khoang', 300), "
                       "(12, 2, 'seminar', 'Hội nghị huyện Dung', '2023-11-01', 2, 50, NULL, '', NULL), "
                       "(13, 2, 'contest', 'Hội thi không ngày', NULL, 2, 20, NULL, '', NULL)"),
        QStringLiteral("INSERT INTO media_output (campaign_id, kind, outlet, producer_id, published_on, item_count, "
                       "count_qualifier, sort_order) VALUES "
                       "(1, 'news', 'Báo A', 1, '2022-10-02', 4, '', 1), "
                       "(2, 'news', 'Báo A', 1, '2023-10-02', 5, '', 1), "
                       "(2, 'article', 'Báo A', 2, '2023-11-15', 3, 'hon', 2), "
                       "(2, 'tv_report', 'Đài Phát thanh và Truyền hình tỉnh Thử', 3, NULL, 2, '', 3)"),
    };
    for (const QString &sql : statements) {
        execSql(*db, sql);
        if (QTest::currentTestFailed())
            return nullptr;
    }
    if (ids)
        *ids = TwoCampaigns();
    return db;
}

std::unique_ptr<Database> openTwoLevelDatabase(TwoLevel *ids)
{
    auto db = openMemoryDatabase();
    if (!db)
        return nullptr;
    const QStringList places = {
            QStringLiteral("An Hòa"),    QStringLiteral("Bắc Sơn"),  QStringLiteral("Cẩm Thành"), QStringLiteral("Đông Hải"),
            QStringLiteral("Đức Phong"), QStringLiteral("Gia Lâm"),  QStringLiteral("Hòa Bình"),  QStringLiteral("Kim Sơn"),
            QStringLiteral("Long Hải"),  QStringLiteral("Minh Long"), QStringLiteral("Nam Sơn"),  QStringLiteral("Phú Mỹ"),
            QStringLiteral("Quang Trung"), QStringLiteral("Sơn Tịnh"), QStringLiteral("Tân Lập"), QStringLiteral("Thạch Bích"),
            QStringLiteral("Vĩnh Tuy")};
    QStringList statements = {
        QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level) VALUES (1, '98', 'Tỉnh Hai Cấp', 'Tỉnh', 1)"),
        QStringLiteral("INSERT INTO campaign (id, name, year, province_id, start_date, end_date, min_team_members) VALUES "
                       "(1, 'Hai cấp 2025', 2025, 1, '2025-08-01', '2025-11-30', 3)"),
    };
    QStringList communes;
    QStringList teams;
    for (int i = 0; i < places.size(); ++i) {
        const int id = 101 + i;
        const QString type = i == 0 ? QStringLiteral("Phường") : QStringLiteral("Xã");
        communes << QStringLiteral("(%1, '%2', '%3 %4', '%3', 3, 1)").arg(id).arg(98000 + id).arg(type, places[i]);
        // Communes from Hòa Bình on: full teams of 20, 19, … members.
        if (i >= 6)
            teams << QStringLiteral("(%1, 1, %1, 3, 'Tổ %2 %3', %4, '')").arg(id).arg(type.toLower(), places[i]).arg(26 - i);
    }
    statements << QStringLiteral("INSERT INTO admin_unit (id, gso_code, name, unit_type, level, parent_id) VALUES ")
                    + communes.join(QStringLiteral(", "));
    statements << QStringLiteral("INSERT INTO admin_unit (id, name, unit_type, level, parent_id) VALUES "
                                 "(201, 'Thôn Một', 'Thôn', 4, 101), (202, 'Thôn Hai', 'Thôn', 4, 102), "
                                 "(203, 'Thôn Ba', 'Thôn', 4, 103)");
    statements << QStringLiteral("INSERT INTO team (id, campaign_id, unit_id, level, name, declared_member_count, "
                                 "member_count_qualifier) VALUES ")
                    + teams.join(QStringLiteral(", "));
    statements << QStringLiteral(
            "INSERT INTO team (id, campaign_id, unit_id, level, name, declared_member_count, member_count_qualifier) VALUES "
            "(1, 1, 101, 3, 'Tổ phường An Hòa', 2, ''), (2, 1, 102, 3, 'Tổ xã Bắc Sơn', NULL, ''), "
            "(4, 1, 104, 3, 'Tổ xã Đông Hải', 5, ''), (5, 1, 105, 3, 'Tổ xã Đức Phong', 2, 'hon'), "
            "(6, 1, 106, 3, 'Tổ xã Gia Lâm', 8, ''), (7, 1, 106, 4, 'Tổ khu dân cư Gia Lâm', 6, ''), "
            "(21, 1, 201, 4, 'Tổ thôn Một', 4, ''), (23, 1, 203, 4, 'Tổ thôn Ba', 4, '')");
    statements << QStringLiteral("INSERT INTO member (id, full_name) VALUES (1, 'Lê Văn A'), (2, 'Phạm Thị B'), (3, 'Võ Văn C')");
    statements << QStringLiteral("INSERT INTO team_member (team_id, member_id, role) VALUES (4, 1, 'leader'), (4, 2, 'member'), "
                                 "(4, 3, 'member')");
    for (const QString &sql : std::as_const(statements)) {
        execSql(*db, sql);
        if (QTest::currentTestFailed())
            return nullptr;
    }
    if (ids)
        *ids = TwoLevel();
    return db;
}

} // namespace cds::test
