// module.h — the module generator's public interface: `kcarve module`.
//
// Turns carved sources and their manifests (docs/manifest.md) into a live
// patch module directory for Kbuild: the sources, a generated glue file with
// the klp_patch and the struct kcarve_update of kernel/kcarve.h (run-pre
// images read from the original objects, kallsyms-resolved symbols), and a
// Kbuild file; `kcarve module --klp-fixup` then writes the livepatch
// relocations of klp-reloc symbols into the linked module (klp_reloc.h).
#pragma once

namespace kcarve::module {

// Runs `kcarve module ARGS...`; ARGV[0] is "module".  Returns the exit status.
int module_main(int argc, char** argv);

} // namespace kcarve::module
