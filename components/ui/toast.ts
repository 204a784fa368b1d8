// sonner (~10 kB gzip with its Toaster) is fetched after the page has loaded,
// not with it: a toast only ever follows something the user did (issue 8,
// first-load JS). Same calls as sonner's toast for the two kinds we use.
const sonner = () => import("sonner");

export const toast = {
  success: (message: string) => void sonner().then((m) => m.toast.success(message)),
  error: (message: string) => void sonner().then((m) => m.toast.error(message)),
};
