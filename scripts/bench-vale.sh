#!/usr/bin/env bash
# bench-vale.sh CLAIMCHECK TEXTDIR [RUNS] times `claimcheck check` and Vale
# side by side on the articles in TEXTDIR (`make bench-vale`: the 840
# PolNeAR train texts), the yardstick of issue 10: Vale is the prose linter
# newsrooms run in CI, here with one existence rule for vague sourcing.
#
# Vale v3.21.0 is installed with go install into a temporary GOBIN (never
# vendored here) unless VALE names a vale binary already built. Its
# configuration (one style, one rule) is written to a temporary directory.
# The two commands run in turn, RUNS times each (default 3), under
# /usr/bin/time -v; the script prints each run's wall time and peak RSS,
# the median of each and the ratios claimcheck/Vale of the medians.
# Outputs are discarded; a failed run (claimcheck exit 2 or 3, Vale exit 2)
# stops the script.
set -euo pipefail
cc=${1:?usage: bench-vale.sh CLAIMCHECK TEXTDIR [RUNS]}
dir=${2:?usage: bench-vale.sh CLAIMCHECK TEXTDIR [RUNS]}
runs=${3:-3}
VALE_VERSION=v3.21.0

if [ ! -d "$dir" ]; then
	echo "bench-vale: $dir not found (the PolNeAR texts of ../shared/eval); skipped"
	exit 0
fi
if [ ! -x /usr/bin/time ]; then
	echo "bench-vale: /usr/bin/time is missing (Debian package time); install it to measure peak memory" >&2
	exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

vale=${VALE:-}
if [ -z "$vale" ]; then
	echo "bench-vale: installing vale $VALE_VERSION into a temporary GOBIN"
	GOBIN="$tmp/bin" go install "github.com/vale-cli/vale/v3/cmd/vale@$VALE_VERSION"
	vale=$tmp/bin/vale
fi

mkdir -p "$tmp/styles/Bench"
cat >"$tmp/.vale.ini" <<EOF
StylesPath = styles
MinAlertLevel = suggestion

[*]
BasedOnStyles = Bench
EOF
cat >"$tmp/styles/Bench/VagueSourcing.yml" <<'EOF'
extends: existence
message: "Vague sourcing: '%s'; name the source."
level: warning
ignorecase: true
tokens:
  - sources said
  - sources say
  - critics say
  - critics said
  - officials said
  - experts say
  - analysts say
  - some say
  - according to reports
  - according to sources
  - it is believed
  - it is said
EOF

n=$(find "$dir" -maxdepth 1 -type f -name '*.txt' | wc -l)
bytes=$(find "$dir" -maxdepth 1 -type f -name '*.txt' -exec cat {} + | wc -c)
echo "bench-vale: $n articles, $bytes bytes in $dir; $runs runs each, in turn"

# measure NAME OKCODES CMD... runs CMD under /usr/bin/time -v and appends
# "NAME WALL_S PEAK_KIB" to $tmp/runs; an exit code not in OKCODES fails.
measure() {
	local name=$1 ok=$2 code=0
	shift 2
	/usr/bin/time -v -o "$tmp/time.txt" "$@" >/dev/null 2>"$tmp/stderr.txt" || code=$?
	if ! grep -qw -- "$code" <<<"$ok"; then
		echo "bench-vale: $name exited $code:" >&2
		tail -5 "$tmp/stderr.txt" >&2
		exit 1
	fi
	awk -v name="$name" '
		/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i] }
		/Maximum resident set size/ { kib = $NF }
		END { printf "%s %.3f %d\n", name, s, kib }' "$tmp/time.txt" >>"$tmp/runs"
	tail -1 "$tmp/runs" | awk '{ printf "  %-10s wall %7.3f s  peak %7.1f MiB\n", $1, $2, $3 / 1024 }'
}

for _ in $(seq "$runs"); do
	measure claimcheck "0 1" "$cc" check --format json --fail-on none "$dir"
	measure vale "0 1" "$vale" --config "$tmp/.vale.ini" --output line --no-exit "$dir"
done

awk '
	function median(a, n,    i, j, t) {
		for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
		return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2
	}
	$1 == "claimcheck" { cw[++c] = $2; cm[c] = $3 }
	$1 == "vale" { vw[++v] = $2; vm[v] = $3 }
	END {
		a = median(cw, c); b = median(vw, v); x = median(cm, c); y = median(vm, v)
		printf "median      claimcheck %.3f s, %.1f MiB   vale %.3f s, %.1f MiB\n", a, x / 1024, b, y / 1024
		printf "ratio       claimcheck/vale: wall %.2fx, peak RSS %.2fx\n", a / b, x / y
	}' "$tmp/runs"
