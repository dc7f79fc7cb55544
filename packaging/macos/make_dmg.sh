#!/usr/bin/env bash
# Wrap dist/ClaimDesk.app in a disk image, then sign, notarise and staple it when the secrets exist.
#
#   packaging/macos/make_dmg.sh VERSION       -> dist/ClaimDesk-VERSION.dmg
#
# Signing of the app itself happens while freezing: build.spec passes CODESIGN_IDENTITY to
# PyInstaller, which signs every binary and the bundle with packaging/macos/entitlements.plist.
# Environment (all optional; without them the image is unsigned and not notarised):
#   CODESIGN_IDENTITY   "Developer ID Application: … (TEAMID)", in the default keychain
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarytool credentials (app-specific password)
set -euo pipefail

VERSION=${1:?usage: make_dmg.sh VERSION}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP="$ROOT/dist/ClaimDesk.app"
DMG="$ROOT/dist/ClaimDesk-$VERSION.dmg"
[ -d "$APP" ] || { echo "make_dmg: $APP is missing: run pyinstaller build.spec first" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  echo "== verify the app's signature"
  codesign --verify --deep --strict --verbose=2 "$APP"
fi

echo "== the frozen app runs from the bundle"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/ClaimDesk" --check-bundle

echo "== disk image"
STAGING=$(mktemp -d)
trap 'rm -rf "$STAGING"' EXIT
cp -R "$APP" "$STAGING/"
ln -s /Applications "$STAGING/Applications"  # drag-to-install
rm -f "$DMG"
hdiutil create -volname "ClaimDesk $VERSION" -srcfolder "$STAGING" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  echo "== sign the disk image"
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    echo "== notarise (waits for Apple's verdict) and staple"
    xcrun notarytool submit "$DMG" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
  else
    echo "make_dmg: APPLE_ID / APPLE_TEAM_ID / APPLE_APP_PASSWORD not set: signed but NOT notarised"
  fi
else
  echo "make_dmg: CODESIGN_IDENTITY not set: the disk image is unsigned (Gatekeeper will warn users)"
fi

echo "== the app runs from the mounted image"
MOUNT=$(mktemp -d)
hdiutil attach "$DMG" -nobrowse -readonly -mountpoint "$MOUNT" >/dev/null
status=0
QT_QPA_PLATFORM=offscreen "$MOUNT/ClaimDesk.app/Contents/MacOS/ClaimDesk" --check-bundle >/dev/null || status=$?
hdiutil detach "$MOUNT" >/dev/null
[ "$status" -eq 0 ] || { echo "make_dmg: the app on the disk image failed its checks" >&2; exit 1; }
echo "make_dmg: $DMG"
