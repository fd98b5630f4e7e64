// Scale-out with Xapian's own machinery (DESIGN.md §4): several databases
// searched as one, a stub database file, and a remote shard served by
// xapian-tcpsrv on loopback, started and stopped by the test itself.
#include "store_support.h"

#include "baocao/query.h"
#include "baocao/store.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <thread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using namespace baocao;

void ingest_one(const std::string& file, const std::string& database) {
    IngestOptions options;
    options.inputs = {file};
    options.database = database;
    options.jobs = 1;
    ingest_into(options, test::context());
}

std::size_t count(const Index& index, const std::string& query) {
    SearchOptions options;
    options.query = query;
    return index.search(options).hits.size();
}

// A port the kernel just handed out on 127.0.0.1, then released.
int free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        close(fd);
        return -1;
    }
    close(fd);
    return ntohs(address.sin_port);
}

bool can_connect(int port) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    bool ok = connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
    close(fd);
    return ok;
}

// xapian-tcpsrv serving one database read-only on 127.0.0.1 only.
class TcpServer {
public:
    TcpServer(const std::string& database, int port) {
        m_pid = fork();
        if (m_pid == 0) {
            // Its own process group: xapian-tcpsrv answers SIGTERM by
            // signalling its whole group, which must not include the tests.
            setpgid(0, 0);
            // Not the test's stdout and stderr: ctest waits until every
            // process holding them has exited, so a server (or one of its
            // per-connection children) left running would hold the whole
            // suite up with the test already passed.
            int null = open("/dev/null", O_RDWR);
            if (null >= 0) {
                dup2(null, STDIN_FILENO);
                dup2(null, STDOUT_FILENO);
                dup2(null, STDERR_FILENO);
            }
            std::string port_text = std::to_string(port);
            execlp("xapian-tcpsrv", "xapian-tcpsrv", "--interface", "127.0.0.1", "--port",
                   port_text.c_str(), "--quiet", database.c_str(), static_cast<char*>(nullptr));
            _exit(127);
        }
        if (m_pid > 0) {
            setpgid(m_pid, m_pid); // also here, so that the group exists before any kill
        }
    }
    ~TcpServer() {
        if (m_pid <= 0) {
            return;
        }
        // The whole group (the server and its connection children); a
        // server that does not stop within 5 s is killed.
        kill(-m_pid, SIGTERM);
        int status = 0;
        for (int i = 0; i < 100; ++i) {
            if (waitpid(m_pid, &status, WNOHANG) == m_pid) {
                kill(-m_pid, SIGKILL); // children the server did not take down
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        kill(-m_pid, SIGKILL);
        waitpid(m_pid, &status, 0);
    }
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

private:
    pid_t m_pid = -1;
};

class Shards : public testing::Test {
protected:
    void SetUp() override {
        test::write_file(dir.path("a.txt"),
                         test::sample_report("TÂN HÒA", 11, 2023,
                                             {"Khám sơ tuyển NVQS cho 85 nam công dân."}, {}));
        test::write_file(dir.path("b.txt"),
                         test::sample_report("AN THẠNH", 12, 2023,
                                             {"Khám sơ tuyển nghĩa vụ quân sự đợt 2."}, {}));
        ingest_one(dir.path("a.txt"), dir.path("shard-a"));
        ingest_one(dir.path("b.txt"), dir.path("shard-b"));
    }
    test::TempDir dir;
};

TEST_F(Shards, SeveralDatabasesAreSearchedAsOne) {
    EXPECT_EQ(count(Index::open({dir.path("shard-a")}, test::context()), "NVQS"), 1u);
    Index both = Index::open({dir.path("shard-a"), dir.path("shard-b")}, test::context());
    EXPECT_EQ(count(both, "NVQS"), 2u);
    EXPECT_EQ(both.reports().size(), 2u);
}

TEST_F(Shards, StubFileListsTheShards) {
    test::write_file(dir.path("all.stub"),
                     "auto " + dir.path("shard-a") + "\nauto " + dir.path("shard-b") + "\n");
    EXPECT_EQ(count(Index::open({dir.path("all.stub")}, test::context()), "kham so tuyen"), 2u);
}

TEST_F(Shards, RemoteShardThroughXapianTcpsrv) {
    if (system("command -v xapian-tcpsrv >/dev/null 2>&1") != 0) {
        GTEST_SKIP() << "xapian-tcpsrv not installed (Debian package xapian-tools)";
    }
    int port = free_port();
    ASSERT_GT(port, 0);
    TcpServer server(dir.path("shard-b"), port);
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        up = can_connect(port);
    }
    ASSERT_TRUE(up) << "xapian-tcpsrv did not start on port " << port;
    test::write_file(dir.path("remote.stub"), "remote 127.0.0.1:" + std::to_string(port) + "\n");
    Index remote_only = Index::open({dir.path("remote.stub")}, test::context());
    EXPECT_EQ(count(remote_only, "nghia vu quan su"), 1u);
    Index mixed = Index::open({dir.path("shard-a"), dir.path("remote.stub")}, test::context());
    SearchOptions options;
    options.query = "NVQS";
    SearchResults results = mixed.search(options);
    ASSERT_EQ(results.hits.size(), 2u);
    for (const auto& hit : results.hits) {
        EXPECT_FALSE(hit.snippet.empty());
        EXPECT_FALSE(hit.highlights.empty());
    }
}

} // namespace
