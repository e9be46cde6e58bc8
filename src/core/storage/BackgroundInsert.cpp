#include "storage/BackgroundInsert.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <thread>
#include <vector>

namespace vangnet {

namespace {

/// Chunks waiting for the writer at most: enough to keep it busy, small enough for memory.
constexpr std::size_t chunksAhead = 8;

} // namespace

struct BackgroundInsert::Shared {
    Shared(QSqlDatabase db, QString sql, const char *what) : statement(std::move(db), std::move(sql), what) {}

    void run();

    BulkStatement statement; ///< used by the writer thread only, under `connection`
    std::mutex connection;   ///< the SQLite connection: the writer takes it for each row
    /// Callers waiting for `connection`: the writer lets them go first. A plain mutex let the
    /// writer take it back row after row while a caller waited (300,000 context switches in a
    /// million-row import, slower than no writer thread at all).
    std::atomic<int> callersWaiting{0};

    std::mutex state; ///< guards what follows
    std::condition_variable changed;
    struct Chunk {
        std::vector<BulkValue> values;
        std::size_t columns = 0;
    };
    std::deque<Chunk> todo;
    Outcomes done;
    /// Written chunks, for the caller's thread to free: their texts were allocated there, and
    /// freeing them on the writer thread made the two threads contend in the allocator.
    std::vector<Chunk> spent;
    qint64 submitted = 0; ///< chunks handed over
    qint64 finished = 0;  ///< chunks written
    std::optional<Error> error;
    bool stop = false;
    std::thread thread;
};

void BackgroundInsert::Shared::run()
{
    for (;;) {
        Chunk chunk;
        {
            std::unique_lock lock(state);
            changed.wait(lock, [this] { return stop || !todo.empty(); });
            if (stop)
                return;
            chunk = std::move(todo.front());
            todo.pop_front();
        }
        changed.notify_all(); // room for the next chunk
        Outcomes outcomes;
        outcomes.reserve(static_cast<qsizetype>(chunk.values.size() / chunk.columns));
        const std::span<const BulkValue> values(chunk.values);
        for (std::size_t first = 0; first < values.size(); first += chunk.columns) {
            while (callersWaiting.load(std::memory_order_acquire) > 0)
                std::this_thread::yield(); // they hold the connection for one query or two
            auto id = [&] {
                const std::lock_guard hold(connection);
                return statement.insert(values.subspan(first, chunk.columns));
            }();
            if (!id) {
                const std::lock_guard lock(state);
                error = id.error();
                changed.notify_all();
                return;
            }
            outcomes << *id;
        }
        {
            const std::lock_guard lock(state);
            done += outcomes;
            spent.push_back(std::move(chunk));
            ++finished;
        }
        changed.notify_all();
    }
}

bool BackgroundInsert::supported(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

BackgroundInsert::BackgroundInsert(QSqlDatabase db, QString sql, const char *what, int rowsPerChunk)
    : m_shared(std::make_shared<Shared>(std::move(db), std::move(sql), what)), m_rowsPerChunk(std::max(1, rowsPerChunk))
{
    m_shared->thread = std::thread([shared = m_shared.get()] { shared->run(); });
}

BackgroundInsert::~BackgroundInsert()
{
    {
        const std::lock_guard lock(m_shared->state);
        m_shared->stop = true;
    }
    m_shared->changed.notify_all();
    m_shared->thread.join();
}

Result<BackgroundInsert::Outcomes> BackgroundInsert::add(std::span<const BulkValue> values)
{
    if (m_columns == 0) {
        m_columns = static_cast<int>(values.size());
        m_chunk.reserve(static_cast<std::size_t>(m_columns * m_rowsPerChunk));
    }
    Q_ASSERT(static_cast<int>(values.size()) == m_columns);
    m_chunk.insert(m_chunk.end(), values.begin(), values.end());
    if (m_chunk.size() >= static_cast<std::size_t>(m_columns * m_rowsPerChunk))
        submit();
    return collect(false);
}

Result<BackgroundInsert::Outcomes> BackgroundInsert::flush()
{
    submit();
    return collect(true);
}

std::unique_lock<std::mutex> BackgroundInsert::holdConnection()
{
    m_shared->callersWaiting.fetch_add(1, std::memory_order_acq_rel);
    std::unique_lock lock(m_shared->connection);
    m_shared->callersWaiting.fetch_sub(1, std::memory_order_acq_rel);
    return lock;
}

void BackgroundInsert::submit()
{
    if (m_chunk.empty())
        return;
    {
        std::unique_lock lock(m_shared->state);
        m_shared->changed.wait(lock, [this] { return m_shared->error || m_shared->todo.size() < chunksAhead; });
        if (!m_shared->error) {
            m_shared->todo.push_back({std::move(m_chunk), static_cast<std::size_t>(m_columns)});
            ++m_shared->submitted;
        }
    }
    m_shared->changed.notify_all();
    m_chunk = {};
    m_chunk.reserve(static_cast<std::size_t>(m_columns * m_rowsPerChunk));
}

Result<BackgroundInsert::Outcomes> BackgroundInsert::collect(bool wait)
{
    std::unique_lock lock(m_shared->state);
    if (wait)
        m_shared->changed.wait(lock, [this] { return m_shared->error || m_shared->finished == m_shared->submitted; });
    if (m_shared->error)
        return *m_shared->error;
    Outcomes out;
    out.swap(m_shared->done);
    std::vector<Shared::Chunk> spent;
    spent.swap(m_shared->spent);
    lock.unlock();
    return out; // `spent` is freed here, on the caller's thread
}

} // namespace vangnet
