#include "AppTestSupport.h"

#include "households/HouseholdListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace vangnet;
using namespace vangnet::test;

namespace {
QString cell(const HouseholdListModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

TEST_CASE("The household list loads, sorts and searches under the model tester", "[app][model]")
{
    AppFixture f;
    const qint64 bakker = f.addHousehold(QStringLiteral("Bakker"), QStringLiteral("7411 AB"), 3, QStringLiteral("Centrum"),
                                         QStringLiteral("999990007"), 2);
    f.addHousehold(QStringLiteral("Zwart"), QStringLiteral("7412 CD"), 5, QStringLiteral("Noord"));
    f.addHousehold(QStringLiteral("Mulder"), QStringLiteral("7413 EF"), 7, QStringLiteral("Noord"), {}, 1);

    HouseholdListModel model(*f.db, f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &HouseholdListModel::loaded);
    REQUIRE(model.isLoading());
    waitFor(loaded);
    REQUIRE_FALSE(model.isLoading());

    REQUIRE(model.rowCount() == 3);
    REQUIRE(model.columnCount() == HouseholdListModel::ColumnCount);
    REQUIRE(model.totalCount() == 3);
    CHECK(cell(model, 0, HouseholdListModel::Name).startsWith(QStringLiteral("Bakker")));
    CHECK(cell(model, 2, HouseholdListModel::Name).startsWith(QStringLiteral("Zwart")));
    CHECK(cell(model, 0, HouseholdListModel::Postcode) == QStringLiteral("7411 AB"));
    CHECK(cell(model, 0, HouseholdListModel::Address) == QStringLiteral("Dorpsstraat 3"));
    CHECK(cell(model, 0, HouseholdListModel::Wijk) == QStringLiteral("Centrum"));
    CHECK(model.data(model.index(0, HouseholdListModel::Members)).toInt() == 3);
    CHECK(model.headerData(HouseholdListModel::Plaats, Qt::Horizontal).toString() == QStringLiteral("Town"));

    SECTION("sorting reruns the query in the new order")
    {
        loaded.clear();
        model.sort(HouseholdListModel::Name, Qt::DescendingOrder);
        waitFor(loaded);
        CHECK(cell(model, 0, HouseholdListModel::Name).startsWith(QStringLiteral("Zwart")));
        CHECK(cell(model, 2, HouseholdListModel::Name).startsWith(QStringLiteral("Bakker")));

        loaded.clear();
        model.sort(HouseholdListModel::Members, Qt::DescendingOrder);
        waitFor(loaded);
        CHECK(model.data(model.index(0, HouseholdListModel::Members)).toInt() == 3);
        CHECK(model.data(model.index(2, HouseholdListModel::Members)).toInt() == 1);
    }

    SECTION("searching by postcode, BSN and district narrows the list")
    {
        loaded.clear();
        model.setFilter(QStringLiteral("7411ab"), {});
        waitFor(loaded);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.idAt(0) == bakker);
        CHECK(model.itemAt(model.index(0, 0))->postcode == QStringLiteral("7411 AB"));

        loaded.clear();
        model.setFilter(QStringLiteral("999990007"), {});
        waitFor(loaded);
        REQUIRE(model.rowCount() == 1);
        CHECK(model.indexOf(bakker).row() == 0);

        loaded.clear();
        model.setFilter({}, QStringLiteral("Noord"));
        waitFor(loaded);
        CHECK(model.rowCount() == 2);
        CHECK_FALSE(model.indexOf(bakker).isValid());
        CHECK(model.totalCount() == 3);
    }

    SECTION("a refresh shows households added since")
    {
        const qint64 added = f.addHousehold(QStringLiteral("Aalders"), QStringLiteral("7414 GH"), 9);
        loaded.clear();
        model.refresh();
        waitFor(loaded);
        CHECK(model.rowCount() == 4);
        CHECK(model.totalCount() == 4);
        CHECK(model.indexOf(added).row() == 0);
    }
}

TEST_CASE("The household list fetches rows page by page past the first page", "[app][model]")
{
    AppFixture f;
    const int count = HouseholdListModel::PageSize + 30;
    for (int i = 0; i < count; ++i)
        f.addHousehold(QStringLiteral("Jansen%1").arg(i, 3, 10, QLatin1Char('0')), QStringLiteral("7411 AB"), i + 1);

    HouseholdListModel model(*f.db, f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy loaded(&model, &HouseholdListModel::loaded);
    waitFor(loaded);
    REQUIRE(model.rowCount() == count);
    CHECK(cell(model, count - 1, HouseholdListModel::Name).startsWith(QStringLiteral("Jansen%1").arg(count - 1)));
    CHECK(cell(model, HouseholdListModel::PageSize, HouseholdListModel::Name)
              .startsWith(QStringLiteral("Jansen%1").arg(HouseholdListModel::PageSize)));
    CHECK(cell(model, 0, HouseholdListModel::Name).startsWith(QStringLiteral("Jansen000")));
    CHECK_FALSE(model.index(count, 0).isValid());
}
