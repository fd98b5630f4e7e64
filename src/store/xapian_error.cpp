#include "store/xapian_error.h"

namespace baocao::store {

std::string describe_xapian_error(const Xapian::Error& error, const std::string& database) {
    std::string what = error.get_type();
    std::string message = error.get_msg();
    std::string advice;
    // Xapian's error classes have no virtual functions: tell them by name.
    if (what == "DatabaseLockError") {
        advice = "another 'baocao ingest' is writing to it; wait for it to finish";
    } else if (what == "DatabaseNotFoundError" || what == "DatabaseOpeningError") {
        advice = "check the path (--db or $BAOCAO_DB), or create the index with 'baocao ingest'";
    } else if (what == "DatabaseCorruptError" || what == "DatabaseVersionError") {
        advice = "remove the directory and run 'baocao ingest' again";
    } else if (what == "NetworkError" || what == "NetworkTimeoutError") {
        advice = "check that the remote xapian-tcpsrv is running and reachable";
    } else if (what == "DatabaseModifiedError") {
        advice = "the index changed while it was read; run the command again";
    } else {
        advice = "check the disk and the directory's permissions, then run the command again";
    }
    return database + ": " + what + ": " + message + "; " + advice;
}

} // namespace baocao::store
