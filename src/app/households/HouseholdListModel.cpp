#include "households/HouseholdListModel.h"

#include "households/HouseholdIdLoader.h"
#include "rules/SeverityText.h"
#include "storage/Database.h"

#include <QThread>

#include <spdlog/spdlog.h>

namespace vangnet {

namespace {
constexpr int MaxCachedPages = 64;
/// rules::Priority::rank() = severity × 1,000,000 + score.
constexpr qint64 PriorityRankPerSeverity = 1000000;

HouseholdSort sortFor(int column)
{
    switch (column) {
    case HouseholdListModel::Name: return HouseholdSort::Name;
    case HouseholdListModel::Address: return HouseholdSort::Address;
    case HouseholdListModel::Postcode: return HouseholdSort::Postcode;
    case HouseholdListModel::Plaats: return HouseholdSort::Plaats;
    case HouseholdListModel::Wijk: return HouseholdSort::Wijk;
    case HouseholdListModel::Members: return HouseholdSort::Members;
    case HouseholdListModel::Priority: return HouseholdSort::Priority;
    default: return HouseholdSort::Name;
    }
}
} // namespace

HouseholdListModel::HouseholdListModel(const Database &db, const Session &session, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session), m_thread(new QThread(this)),
      m_loader(new HouseholdIdLoader(db.location(), session))
{
    m_thread->setObjectName(QStringLiteral("household-ids"));
    m_loader->moveToThread(m_thread);
    connect(m_loader, &HouseholdIdLoader::loaded, this, &HouseholdListModel::onLoaded);
    m_thread->start();
    startLoad(true);
}

HouseholdListModel::~HouseholdListModel()
{
    // The loader's connection must be closed in the thread that opened it.
    HouseholdIdLoader *loader = m_loader;
    QMetaObject::invokeMethod(loader, [loader] { delete loader; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

int HouseholdListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int HouseholdListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const HouseholdRow *HouseholdListModel::rowFor(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear();
        const qsizetype first = qsizetype(page) * PageSize;
        auto rows = HouseholdQuery(m_db.connection(), m_session).rows(m_ids.mid(first, PageSize));
        QHash<qint64, HouseholdRow> byId;
        if (rows) {
            for (const HouseholdRow &r : *rows)
                byId.insert(r.id, r);
        } else {
            spdlog::warn("household rows could not be read: {}", rows.error().message.toStdString());
        }
        it = m_pages.insert(page, byId);
    }
    const auto found = it->constFind(m_ids.at(row));
    return found == it->cend() ? nullptr : &found.value();
}

QVariant HouseholdListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (index.column() == Priority && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const HouseholdRow *r = rowFor(index.row());
        const int severity = r ? static_cast<int>(r->priorityRank / PriorityRankPerSeverity) : 0;
        if (severity <= 0)
            return {};
        return QVariant::fromValue(role == Qt::BackgroundRole ? SeverityText::colour(severity) : QColor(Qt::white));
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    const HouseholdRow *r = rowFor(index.row());
    if (!r)
        return {};
    switch (index.column()) {
    case Name: return r->name;
    case Address: return r->address;
    case Postcode: return r->postcode;
    case Plaats: return r->plaats;
    case Wijk: return r->wijk;
    case Members: return r->memberCount;
    case Priority: {
        const QString label = SeverityText::label(static_cast<int>(r->priorityRank / PriorityRankPerSeverity));
        if (role == Qt::ToolTipRole && !label.isEmpty())
            return tr("%1, total score %2").arg(label).arg(r->priorityRank % PriorityRankPerSeverity);
        return label;
    }
    default: return {};
    }
}

QVariant HouseholdListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Address: return tr("Address");
    case Postcode: return tr("Postcode");
    case Plaats: return tr("Town");
    case Wijk: return tr("District");
    case Members: return tr("Members");
    case Priority: return tr("Priority");
    default: return {};
    }
}

void HouseholdListModel::sort(int column, Qt::SortOrder order)
{
    const HouseholdSort sort = sortFor(column);
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_filter.sort && descending == m_filter.descending && m_shown > 0)
        return;
    m_filter.sort = sort;
    m_filter.descending = descending;
    startLoad(false);
}

void HouseholdListModel::setFilter(const QString &search, const QString &wijk)
{
    setFilter(search, wijk, m_filter.ruleId, m_filter.minSeverity);
}

void HouseholdListModel::setFlagFilter(const QString &ruleId, int minSeverity)
{
    setFilter(m_filter.search, m_filter.wijk, ruleId, minSeverity);
}

void HouseholdListModel::setFilter(const QString &search, const QString &wijk, const QString &ruleId, int minSeverity)
{
    if (search == m_filter.search && wijk == m_filter.wijk && ruleId == m_filter.ruleId &&
        minSeverity == m_filter.minSeverity)
        return;
    m_filter.search = search;
    m_filter.wijk = wijk;
    m_filter.ruleId = ruleId;
    m_filter.minSeverity = minSeverity;
    startLoad(false);
}

void HouseholdListModel::refresh()
{
    startLoad(true);
}

void HouseholdListModel::startLoad(bool countAll)
{
    const int generation = ++m_pending;
    const HouseholdFilter filter = m_filter;
    m_needTotal = m_needTotal || countAll; // a newer request replaces the older, not its question
    countAll = m_needTotal;
    HouseholdIdLoader *loader = m_loader;
    QMetaObject::invokeMethod(
        loader, [loader, generation, filter, countAll] { loader->load(generation, filter, countAll); },
        Qt::QueuedConnection);
    Q_EMIT loadingStarted();
}

void HouseholdListModel::onLoaded(int generation, const QVector<qint64> &ids, int total, const QString &error)
{
    if (generation != m_pending)
        return; // a newer request is on its way; its answer replaces this one
    m_shown = generation;
    if (!error.isEmpty()) {
        spdlog::error("household list could not be loaded: {}", error.toStdString());
        Q_EMIT loadFailed(error);
        Q_EMIT loaded();
        return;
    }
    beginResetModel();
    m_ids = ids;
    m_pages.clear();
    endResetModel();
    if (total >= 0) {
        m_needTotal = false;
        if (total != m_total) {
            m_total = total;
            Q_EMIT totalCountChanged(total);
        }
    }
    Q_EMIT loaded();
}

qint64 HouseholdListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

std::optional<HouseholdRow> HouseholdListModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const HouseholdRow *r = rowFor(index.row());
    return r ? std::optional<HouseholdRow>(*r) : std::nullopt;
}

QModelIndex HouseholdListModel::indexOf(qint64 id) const
{
    const qsizetype row = m_ids.indexOf(id);
    return row < 0 ? QModelIndex() : index(static_cast<int>(row), 0);
}

} // namespace vangnet
