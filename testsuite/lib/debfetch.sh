# debfetch.sh: shared by the corpus fetch scripts (sourced, POSIX sh).
#
# Debian's archives withdraw old revisions (the security archive keeps only a
# few kernel ABIs), so nothing here pins a version: the scripts ask apt-cache
# what the archive serves today, pick a complete set, and key the cache by the
# versions picked.  Packages are fetched with `apt-get download` (no root
# needed) into $KCARVE_CACHE/debs and unpacked with dpkg-deb -x.

CACHE=${KCARVE_CACHE:-$HOME/.cache/kcarve}
DEBS=$CACHE/debs

# deb_versions PKG... : "PACKAGE VERSION" lines for every version apt knows.
deb_versions() {
  apt-cache madison "$@" 2>/dev/null | awk -F'|' '{gsub(/ /, "", $1); gsub(/ /, "", $2); print $1, $2}' | sort -u
}

# deb_get PKG VERSION : prints the path of PKG_VERSION_*.deb in the cache,
# downloading it first if it is not there.
deb_get() {
  mkdir -p "$DEBS"
  # apt-get download names files with the version's ':' escaped as %3a.
  _v=$(printf '%s' "$2" | sed 's/:/%3a/')
  _f=$(ls "$DEBS/$1_${_v}_"*.deb 2>/dev/null | head -1 || true)
  if [ -z "$_f" ]; then
    (cd "$DEBS" && apt-get download -q "$1=$2" >&2) || {
      echo "$SCRIPT: cannot download $1=$2 (apt-get update?)" >&2; return 1; }
    _f=$(ls "$DEBS/$1_${_v}_"*.deb 2>/dev/null | head -1 || true)
    [ -n "$_f" ] || { echo "$SCRIPT: $1=$2 downloaded but not found in $DEBS" >&2; return 1; }
  fi
  echo "$_f"
}

# upstream VERSION : 6.1.192-3 -> 6.1.192, 6.12.117-1~deb12u1 -> 6.12.117
upstream() { printf '%s\n' "${1%%-*}"; }
