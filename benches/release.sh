# Sourced by the whole-process benchmarks: builds the release binary, sets
# `binary` to it and `work` to a scratch folder removed on exit.
echo "== building the release binary" >&2
cargo build --release --locked --quiet
target_dir=$(cargo metadata --format-version 1 --no-deps | sed -E 's/.*"target_directory":"([^"]*)".*/\1/')
binary="$target_dir/release/tenantdrill"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
