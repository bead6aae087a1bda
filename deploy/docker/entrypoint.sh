#!/bin/sh
# Copies the build's .next to /tmp (a tmpfs with a read-only root filesystem),
# where Next may write the pages it renders, then runs the command.
set -eu
rm -rf /tmp/marquee-next
cp -R /app/.next-build /tmp/marquee-next
exec "$@"
