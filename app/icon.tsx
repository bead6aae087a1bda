// GET /icon - the site icon (also the publisher logo in structured data)
import { ImageResponse } from "next/og";

export const size = { width: 512, height: 512 };
export const contentType = "image/png";

export default function Icon() {
  return new ImageResponse(
    <div
      style={{
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        width: "100%",
        height: "100%",
        background: "#c8102e",
        color: "white",
        fontSize: 340,
        fontWeight: 900,
      }}
    >
      M
    </div>,
    size,
  );
}
