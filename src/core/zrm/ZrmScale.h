#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace vangnet::zrm {

/// The Zelfredzaamheid-Matrix (ZRM): how well a resident manages on their own, scored per
/// life domain from 1 (acute problems) to 5 (fully self-sufficient). This is the one list of
/// its domains and levels: the assessment form, the history, the rules language (`zrm(domain)`)
/// and the docs (docs/zrm.md) all use it.

/// The version of the matrix Vangnet scores, stored with every assessment: "ZRM 2017".
QString currentVersion();

/// The 13 domain keys of ZRM 2017 in the matrix's order: financien, werk_opleiding,
/// tijdsbesteding, huisvesting, huiselijke_relaties, geestelijke_gezondheid,
/// lichamelijke_gezondheid, middelengebruik, basale_adl, instrumentele_adl, sociaal_netwerk,
/// maatschappelijke_participatie, justitie. Stable: they are stored and written in rules.
const QStringList &domainKeys();
constexpr int domainCount = 13;
/// Whether `key` is one of domainKeys() (exactly, case-sensitive).
bool isDomain(QStringView key);
/// The domain's translated name ("Huisvesting"); empty for an unknown key.
QString domainLabel(QStringView key);

/// The scale: 1..5.
constexpr int lowestScore = 1;
constexpr int highestScore = 5;
constexpr bool isScore(int score) { return score >= lowestScore && score <= highestScore; }
/// The level's translated name: 1 "Acute problematiek" … 5 "Volledig zelfredzaam"; empty
/// outside 1..5.
QString levelName(int score);

} // namespace vangnet::zrm
