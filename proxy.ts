import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";

// Only sends logged-out visitors to /login. It is not the authorisation
// boundary: requireTenant (pages, actions) and the API wrapper are.
export async function proxy(req: NextRequest) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = req.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?callbackUrl=${encodeURIComponent(req.nextUrl.pathname + req.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ["/f/:path*", "/valj-forbund"] };
