# Per-target warnings and sanitizers: no global flags (DESIGN.md §7).
function(baocao_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wconversion -Wno-sign-conversion)
  if(BAOCAO_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(BAOCAO_SANITIZE)
    target_compile_options(${target} PRIVATE -fsanitize=${BAOCAO_SANITIZE} -fno-omit-frame-pointer
      -fno-sanitize-recover=all)
    target_link_options(${target} PRIVATE -fsanitize=${BAOCAO_SANITIZE})
  endif()
endfunction()
