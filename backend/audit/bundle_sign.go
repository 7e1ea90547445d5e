package audit

import "crypto/ed25519"

// bundleDomain separates export-bundle signatures from checkpoint ones, so
// that no manifest can ever pass for a checkpoint or the reverse.
const bundleDomain = "fieldvault/audit-bundle/v1\x00"

// SignBundle signs an export bundle's manifest (its exact bytes) with the
// workspace's audit signing key. It panics on a malformed key, as
// SignCheckpoint does.
func SignBundle(priv ed25519.PrivateKey, manifest []byte) []byte {
	return ed25519.Sign(priv, bundleMessage(manifest))
}

// VerifyBundle reports whether sig is a valid bundle signature of manifest
// under pub; false (never a panic) for a malformed key or signature.
func VerifyBundle(pub ed25519.PublicKey, manifest, sig []byte) bool {
	if len(pub) != ed25519.PublicKeySize || len(sig) != ed25519.SignatureSize {
		return false
	}
	return ed25519.Verify(pub, bundleMessage(manifest), sig)
}

func bundleMessage(manifest []byte) []byte {
	return append([]byte(bundleDomain), manifest...)
}
