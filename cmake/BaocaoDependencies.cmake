# Every dependency is a Debian 12 package (scripts/install-deps lists them).
# Debian's Xapian and poppler-cpp ship no usable CMake config: pkg-config
# IMPORTED_TARGETs give the same include/link flags without global state.
find_package(PkgConfig REQUIRED)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
pkg_check_modules(POPPLER_CPP REQUIRED IMPORTED_TARGET poppler-cpp)
pkg_check_modules(XAPIAN REQUIRED IMPORTED_TARGET xapian-core)
find_package(CLI11 REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
