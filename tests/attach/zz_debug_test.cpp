#include <catch2/catch.hpp>
#include "attach/archive_job.hpp"
#include "attach_test_support.hpp"
using namespace sanitize::test;
TEST_CASE("debug dump") {
    TempDir dir{"dbg"};
    write_bytes(fs::path(dir.path())/"in"/"a.txt", "hello hello hello hello\n");
    write_bytes(fs::path(dir.path())/"in"/"b.bin", "");
    sanitize::attach::ArchiveOptions o;
    o.output = fs::path(dir.path())/"x.zip";
    o.inputs = {fs::path(dir.path())/"in"/"a.txt", fs::path(dir.path())/"in"/"b.bin"};
    static const std::string pw = "Secret1";
    o.password = as_bytes(pw);
    sanitize::attach::detail::ArchiveHooks h;
    h.before_check = [](const std::string& t){ fs::copy_file(t, "/tmp/attach-debug.zip", fs::copy_options::overwrite_existing); };
    auto r = sanitize::attach::detail::create_archive_with(o, h);
    if (!r) FAIL(r.error().context);
}
