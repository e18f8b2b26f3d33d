# Shared by bin/run and bin/test: find a Python 3.12+ and keep .venv in step with the
# requirements. Sourced, not run.

find_python() {
  local candidates=() version
  [ -n "${PYTHON:-}" ] && candidates+=("$PYTHON")
  candidates+=(python3.13 python3.12 python3)
  # pyenv's shims refuse a version that is not selected, so look at its real paths (whether
  # or not pyenv itself is on PATH), newest first.
  local pyenv_root="${PYENV_ROOT:-$HOME/.pyenv}"
  command -v pyenv >/dev/null 2>&1 && pyenv_root="$(pyenv root)"
  for version in $(ls "$pyenv_root/versions" 2>/dev/null | grep -E '^3\.(1[2-9]|[2-9][0-9])' | sort -rV); do
    candidates+=("$pyenv_root/versions/$version/bin/python")
  done
  candidates+=(/usr/local/bin/python3.13 /usr/local/bin/python3.12 /usr/bin/python3.13 /usr/bin/python3.12)
  for candidate in "${candidates[@]}"; do
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then
      command -v "$candidate" 2>/dev/null || echo "$candidate"
      return 0
    fi
  done
  echo "No Python 3.12 or newer found. Install one (e.g. 'apt-get install python3.12' or" \
       "'pyenv install 3.12'), or point PYTHON at it." >&2
  return 1
}

ensure_venv() {
  # $1: the requirements file to install.
  local requirements="$1" stamp=".venv/.installed-$(basename "$1")" python
  if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
    python="$(find_python)" || exit 1
    rm -rf .venv
    "$python" -m venv .venv
  fi
  local wanted
  wanted="$(cat requirements*.txt | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -r "$requirements"
    echo "$wanted" > "$stamp"
  fi
  export PATH="$PWD/.venv/bin:$PATH"
}

prepare_database() {
  # Migrations, then the page translation columns, URL paths and search index (see its help).
  python manage.py setup_database
}

ensure_chromium() {
  # Browser tests and the audit drive Debian's Chromium (never a browser that a test tool
  # downloads itself). Install it when missing and we may (root, apt-get); otherwise the
  # browser tests fail with a message saying what to install.
  command -v chromium >/dev/null 2>&1 && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests…" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: install Debian's package (apt-get install chromium)." >&2
  fi
}
