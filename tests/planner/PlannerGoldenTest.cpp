#include "planner/PlanInstanceReader.h"
#include "planner/PlanResultJson.h"
#include "planner/Planner.h"
#include "support/TestJson.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace vangnet;
using namespace vangnet::planner;

// One folder per case: instance.json (the instance file format of docs/planner.md) and
// expected.json (the result of `plan --instance … --json` without the timings). A new regression
// case is new files, not new code. VANGNET_UPDATE_GOLDEN=1 rewrites expected.json from the
// current output, to be reviewed in the diff. Reasons are compared in English, the source text.
TEST_CASE("Golden planner fixtures", "[planner][golden]")
{
    const QDir root(QStringLiteral(VANGNET_PLANNER_FIXTURES));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 8);
    const bool update = qEnvironmentVariableIsSet("VANGNET_UPDATE_GOLDEN");

    for (const QString &name : cases) {
        DYNAMIC_SECTION(name.toStdString())
        {
            const QDir dir(root.filePath(name));
            const auto instance = PlanInstanceReader::readFile(dir.filePath(QStringLiteral("instance.json")));
            INFO((instance ? std::string() : instance.error().message.toStdString()));
            REQUIRE(instance);
            const auto result = Planner::solve(*instance);
            REQUIRE(result);
            const QJsonObject actual = planResultToStableJson(*instance, *result);

            const QString expectedPath = dir.filePath(QStringLiteral("expected.json"));
            if (update) {
                QFile out(expectedPath);
                REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
                out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
            }
            const QJsonObject expected = test::readJsonObject(expectedPath);
            INFO("actual:\n" << QJsonDocument(actual).toJson(QJsonDocument::Indented).toStdString());
            INFO("expected:\n" << QJsonDocument(expected).toJson(QJsonDocument::Indented).toStdString());
            CHECK(actual == expected);

            // The other exact solver reaches the same objective on every fixture.
            const auto simplex = Planner::solve(*instance, {PlanSolver::NetworkSimplex});
            REQUIRE(simplex);
            CHECK(simplex->objective == result->objective);
        }
    }
}
