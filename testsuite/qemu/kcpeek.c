/* kcpeek.c — reads kernel memory through /proc/kcore, for the QEMU fixes
 * scenario (scenario-fixes.sh): the value of a pointer a live patch module
 * holds (method kallsyms fills `klpe_` pointers at apply time), the bytes
 * of a static object.  Built static, run as root in the initramfs.
 *
 *   kcpeek ADDR LEN     prints LEN bytes at kernel virtual address ADDR
 *                       (hex, from /proc/kallsyms) as hex pairs; with LEN 8
 *                       also "= 0x..." (the little-endian 64-bit value)
 *
 * /proc/kcore is an ELF64 core file whose PT_LOAD segments map kernel
 * virtual addresses (direct map, kernel text and data, vmalloc and modules)
 * to file offsets; the address is looked up there and read with pread.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	Elf64_Ehdr eh;
	unsigned char buf[256];
	uint64_t addr, len;
	int fd, i;

	if (argc != 3) {
		fprintf(stderr, "usage: kcpeek ADDR LEN\n");
		return 2;
	}
	addr = strtoull(argv[1], NULL, 16);
	len = strtoull(argv[2], NULL, 0);
	if (len == 0 || len > sizeof buf) {
		fprintf(stderr, "kcpeek: LEN 1..%zu\n", sizeof buf);
		return 2;
	}
	fd = open("/proc/kcore", O_RDONLY);
	if (fd < 0 || pread(fd, &eh, sizeof eh, 0) != sizeof eh ||
	    memcmp(eh.e_ident, ELFMAG, SELFMAG) || eh.e_ident[EI_CLASS] != ELFCLASS64) {
		perror("kcpeek: /proc/kcore");
		return 1;
	}
	for (i = 0; i < eh.e_phnum; i++) {
		Elf64_Phdr ph;

		if (pread(fd, &ph, sizeof ph, eh.e_phoff + (off_t)i * eh.e_phentsize) != sizeof ph)
			break;
		if (ph.p_type != PT_LOAD || addr < ph.p_vaddr || addr + len > ph.p_vaddr + ph.p_memsz)
			continue;
		if (pread(fd, buf, len, ph.p_offset + (addr - ph.p_vaddr)) != (ssize_t)len) {
			perror("kcpeek: read");
			return 1;
		}
		for (i = 0; i < (int)len; i++)
			printf("%02x", buf[i]);
		if (len == 8) {
			uint64_t v;

			memcpy(&v, buf, 8);
			printf(" = 0x%016llx", (unsigned long long)v);
		}
		printf("\n");
		return 0;
	}
	fprintf(stderr, "kcpeek: %llx is in no segment of /proc/kcore\n", (unsigned long long)addr);
	return 1;
}
