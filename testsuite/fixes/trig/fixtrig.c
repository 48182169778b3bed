/* fixtrig.c — the triggers of testsuite/fixes/fixes.list that busybox
 * cannot run itself.  Built static (gcc -static -O2), run as root inside
 * the QEMU initramfs.  Each subcommand prints one line
 *   TRIG <fix-id> key=value ...
 * whose values differ between a kernel without the fix (6.1.176-1) and one
 * with it (6.1.187-1, or 6.1.176-1 plus the live patch): see the `proof:`
 * of each fix.
 *
 *   fixtrig siocatmark | sysctl-write FIX PATH STRING | settimeofday32 USEC |
 *           timerslack | icmpraw | atmqos | nanosleep | unixpeek | cputimer
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/atm.h>
#include <linux/errqueue.h>
#include <netinet/in.h>
#include <netinet/ip.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>

#ifndef SOL_ATM
#define SOL_ATM 264
#endif
#ifndef SCHED_RESET_ON_FORK
#define SCHED_RESET_ON_FORK 0x40000000
#endif

static const char *err(long rc)
{
	static char buf[64];

	if (rc >= 0)
		return "0";
	snprintf(buf, sizeof buf, "%s", strerrorname_np(errno) ? strerrorname_np(errno) : "?");
	return buf;
}

/* unix-siocatmark: SIOCATMARK on a datagram and on a stream unix socket. */
static int siocatmark(void)
{
	int d = socket(AF_UNIX, SOCK_DGRAM, 0), sv[2], answ = -1, answ2 = -1;
	long rc = ioctl(d, SIOCATMARK, &answ);
	const char *e = err(rc);
	char e1[64];

	snprintf(e1, sizeof e1, "%s", e);
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	rc = ioctl(sv[0], SIOCATMARK, &answ2);
	printf("TRIG unix-siocatmark dgram_rc=%s dgram_answ=%d stream_rc=%s\n", e1, answ, err(rc));
	return 0;
}

/* ipv6-sysctl-*: one write(2) of STRING to PATH, its return value. */
static int sysctl_write(const char *id, const char *path, const char *s)
{
	int fd = open(path, O_WRONLY);
	long rc;

	if (fd < 0) {
		printf("TRIG %s open=%s\n", id, err(-1));
		return 1;
	}
	rc = write(fd, s, strlen(s));
	printf("TRIG %s write_len=%zu write_rc=%ld errno=%s\n", id, strlen(s), rc, err(rc));
	close(fd);
	return 0;
}

/* compat-settimeofday: the i386 settimeofday through int $0x80 (the data
 * of a static non-PIE program lies below 4 GiB, as 32-bit pointers need). */
static struct { int32_t sec, usec; } tv32;
static int settimeofday32(long usec)
{
	long rc;

	tv32.sec = (int32_t)time(NULL);
	tv32.usec = (int32_t)usec;
	if ((uintptr_t)&tv32 >= 0x100000000ull) {
		printf("TRIG compat-settimeofday skipped=data-above-4GiB\n");
		return 1;
	}
	asm volatile("int $0x80" : "=a"(rc) : "a"(79L), "b"(&tv32), "c"(0L)
		     : "memory", "r8", "r9", "r10", "r11");
	printf("TRIG compat-settimeofday usec=%ld rc=%ld\n", usec, rc);
	return 0;
}

static long read_long(const char *path)
{
	FILE *f = fopen(path, "r");
	long v = -1;

	if (f) {
		if (fscanf(f, "%ld", &v) != 1)
			v = -1;
		fclose(f);
	}
	return v;
}

/* sched-fork-timerslack: an RT reset-on-fork parent forks; the child's
 * timer slack. */
static int timerslack(void)
{
	struct sched_param sp = { .sched_priority = 1 };
	long before = read_long("/proc/self/timerslack_ns"), parent;
	int st, p[2];
	pid_t pid;
	char buf[32] = "";

	if (sched_setscheduler(0, SCHED_FIFO | SCHED_RESET_ON_FORK, &sp)) {
		printf("TRIG sched-fork-timerslack setscheduler=%s\n", err(-1));
		return 1;
	}
	parent = read_long("/proc/self/timerslack_ns");
	if (pipe(p))
		return 1;
	pid = fork();
	if (pid == 0) {
		long v = read_long("/proc/self/timerslack_ns");

		dprintf(p[1], "%ld %d", v, sched_getscheduler(0));
		_exit(0);
	}
	close(p[1]);
	if (read(p[0], buf, sizeof buf - 1) < 0)
		buf[0] = 0;
	waitpid(pid, &st, 0);
	printf("TRIG sched-fork-timerslack initial=%ld rt_parent=%ld child_slack_policy=%s\n",
	       before, parent, buf);
	return 0;
}

/* The value of COLUMN in the "Icmp:" table of /proc/net/snmp. */
static long snmp(const char *table, const char *column)
{
	FILE *f = fopen("/proc/net/snmp", "r");
	char hdr[2048], val[2048];
	long v = -1;

	if (!f)
		return -1;
	while (fgets(hdr, sizeof hdr, f) && fgets(val, sizeof val, f)) {
		char *hs, *vs, *h, *x;

		if (strncmp(hdr, table, strlen(table)))
			continue;
		h = strtok_r(hdr, " \n", &hs);
		x = strtok_r(val, " \n", &vs);
		while ((h = strtok_r(NULL, " \n", &hs)) && (x = strtok_r(NULL, " \n", &vs)))
			if (!strcmp(h, column))
				v = atol(x);
		break;
	}
	fclose(f);
	return v;
}

static uint16_t csum(const void *p, size_t n)
{
	const uint16_t *w = p;
	uint32_t s = 0;

	for (; n > 1; n -= 2)
		s += *w++;
	if (n)
		s += *(const uint8_t *)w;
	s = (s >> 16) + (s & 0xffff);
	s += s >> 16;
	return (uint16_t)~s;
}

/* icmp-raw-drop: a forged ICMP protocol-unreachable quoting a protocol-255
 * packet, sent to 127.0.0.1; does the IPPROTO_RAW socket get the error? */
static int icmpraw(void)
{
	int r = socket(AF_INET, SOCK_RAW, IPPROTO_RAW), s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	int one = 1;
	unsigned char pkt[8 + 20 + 8] = { 0 }, cbuf[512], dbuf[512];
	struct iphdr *in = (struct iphdr *)(pkt + 8);
	struct sockaddr_in to = { .sin_family = AF_INET };
	struct iovec iov = { dbuf, sizeof dbuf };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
			     .msg_controllen = sizeof cbuf };
	long e0, e1, rc;
	char qerr[64];

	if (r < 0 || s < 0 || setsockopt(r, SOL_IP, IP_RECVERR, &one, sizeof one)) {
		printf("TRIG icmp-raw-drop setup=%s\n", err(-1));
		return 1;
	}
	to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	pkt[0] = 3;		/* destination unreachable */
	pkt[1] = 2;		/* protocol unreachable */
	in->version = 4;
	in->ihl = 5;
	in->tot_len = htons(28);
	in->id = htons(0x4b43);
	in->ttl = 64;
	in->protocol = 255;	/* IPPROTO_RAW */
	in->saddr = in->daddr = htonl(INADDR_LOOPBACK);
	in->check = csum(in, 20);
	((uint16_t *)pkt)[1] = csum(pkt, sizeof pkt);
	e0 = snmp("Icmp:", "InErrors");
	rc = sendto(s, pkt, sizeof pkt, 0, (struct sockaddr *)&to, sizeof to);
	usleep(200000);
	e1 = snmp("Icmp:", "InErrors");
	snprintf(qerr, sizeof qerr, "%s", err(rc));
	rc = recvmsg(r, &mh, MSG_ERRQUEUE | MSG_DONTWAIT);
	printf("TRIG icmp-raw-drop send=%s inerrors_delta=%ld errqueue=%s\n", qerr, e1 - e0,
	       rc >= 0 ? "error-queued" : err(rc));
	return 0;
}

/* atm-qos: SO_ATMQOS with traffic class 9 on an unconnected PVC socket. */
static int atmqos(void)
{
	int fd = socket(PF_ATMPVC, SOCK_DGRAM, 0), clp = 1;
	struct atm_qos q, back;
	socklen_t len = sizeof back;
	long rc;
	char e1[64], e2[64];

	if (fd < 0) {
		printf("TRIG atm-qos socket=%s\n", err(-1));
		return 1;
	}
	memset(&q, 0, sizeof q);
	q.aal = ATM_AAL5;
	q.txtp.traffic_class = 9;
	q.txtp.pcr = 1;
	rc = setsockopt(fd, SOL_ATM, SO_ATMQOS, &q, sizeof q);
	snprintf(e1, sizeof e1, "%s", err(rc));
	memset(&back, 0, sizeof back);
	rc = getsockopt(fd, SOL_ATM, SO_ATMQOS, &back, &len);
	snprintf(e2, sizeof e2, "%s", err(rc));
	q.txtp.traffic_class = ATM_UBR;
	rc = setsockopt(fd, SOL_ATM, SO_ATMQOS, &q, sizeof q);
	printf("TRIG atm-qos class9_rc=%s get_rc=%s get_class=%d ubr_rc=%s", e1, e2,
	       back.txtp.traffic_class, err(rc));
	rc = setsockopt(fd, SOL_ATM, SO_SETCLP, &clp, sizeof clp);
	printf(" setclp_rc=%s\n", err(rc));
	return 0;
}

/* cpu-nanosleep-leak: sleeps on CPU clocks (do_cpu_nanosleep). */
static int nanosleep_cpu(void)
{
	struct timespec t, d = { 0, 1000000 };
	clockid_t cid;
	long rc1, rc2 = -1;
	pid_t pid;
	char e1[64];

	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	rc1 = clock_nanosleep(CLOCK_PROCESS_CPUTIME_ID, TIMER_ABSTIME, &t, NULL);
	snprintf(e1, sizeof e1, "%ld", rc1);
	pid = fork();
	if (pid == 0)
		for (;;)
			;
	if (!clock_getcpuclockid(pid, &cid))
		rc2 = clock_nanosleep(cid, 0, &d, NULL);
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	printf("TRIG cpu-nanosleep-leak abs_expired_rc=%s child_1ms_rc=%ld\n", e1, rc2);
	return 0;
}

/* unix-gc-peek: SCM_RIGHTS of a unix socket, MSG_PEEK, then the real read. */
static int recv_fd(int s, int flags)
{
	char data[4], cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { data, sizeof data };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
			     .msg_controllen = sizeof cbuf };
	struct cmsghdr *c;
	int fd = -1;

	if (recvmsg(s, &mh, flags) < 0)
		return -2;
	for (c = CMSG_FIRSTHDR(&mh); c; c = CMSG_NXTHDR(&mh, c))
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
			memcpy(&fd, CMSG_DATA(c), sizeof fd);
	return fd;
}

static int unixpeek(void)
{
	int ab[2], cd[2], f1, f2;
	char data[4] = "kc", cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { data, sizeof data };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = cbuf,
			     .msg_controllen = sizeof cbuf };
	struct cmsghdr *c;

	socketpair(AF_UNIX, SOCK_DGRAM, 0, ab);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, cd);
	c = CMSG_FIRSTHDR(&mh);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &cd[0], sizeof(int));
	if (sendmsg(ab[0], &mh, 0) < 0) {
		printf("TRIG unix-gc-peek sendmsg=%s\n", err(-1));
		return 1;
	}
	f1 = recv_fd(ab[1], MSG_PEEK);
	f2 = recv_fd(ab[1], 0);
	printf("TRIG unix-gc-peek peek_fd=%s recv_fd=%s\n", f1 >= 0 ? "ok" : "none",
	       f2 >= 0 ? "ok" : "none");
	/* Close everything: the in-flight socket makes unix_gc() run. */
	close(f1);
	close(f2);
	close(ab[0]);
	close(ab[1]);
	close(cd[0]);
	close(cd[1]);
	return 0;
}

/* cpu-timers-exec-race: a process CPU-time timer set, read, reset, deleted. */
static int cputimer(void)
{
	struct sigevent sev = { .sigev_notify = SIGEV_NONE };
	struct itimerspec its = { .it_value = { 1, 0 } }, cur, old;
	timer_t t;
	long c, s1, g, s2, d;

	c = timer_create(CLOCK_PROCESS_CPUTIME_ID, &sev, &t);
	s1 = timer_settime(t, 0, &its, NULL);
	g = timer_gettime(t, &cur);
	s2 = timer_settime(t, 0, &its, &old);
	d = timer_delete(t);
	printf("TRIG cpu-timers-exec-race create=%ld set=%ld get=%ld armed=%d reset=%ld old_armed=%d delete=%ld\n",
	       c, s1, g, cur.it_value.tv_sec || cur.it_value.tv_nsec, s2,
	       old.it_value.tv_sec || old.it_value.tv_nsec, d);
	return 0;
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc == 2 && !strcmp(argv[1], "siocatmark"))
		return siocatmark();
	if (argc == 5 && !strcmp(argv[1], "sysctl-write"))
		return sysctl_write(argv[2], argv[3], argv[4]);
	if (argc == 3 && !strcmp(argv[1], "settimeofday32"))
		return settimeofday32(atol(argv[2]));
	if (argc == 2 && !strcmp(argv[1], "timerslack"))
		return timerslack();
	if (argc == 2 && !strcmp(argv[1], "icmpraw"))
		return icmpraw();
	if (argc == 2 && !strcmp(argv[1], "atmqos"))
		return atmqos();
	if (argc == 2 && !strcmp(argv[1], "nanosleep"))
		return nanosleep_cpu();
	if (argc == 2 && !strcmp(argv[1], "unixpeek"))
		return unixpeek();
	if (argc == 2 && !strcmp(argv[1], "cputimer"))
		return cputimer();
	fprintf(stderr, "usage: fixtrig siocatmark|sysctl-write ID PATH STRING|settimeofday32 USEC|"
			"timerslack|icmpraw|atmqos|nanosleep|unixpeek|cputimer\n");
	return 2;
}
