/** Where and as whom to call a site's REST API. */
export interface WordpressConnection {
  address: string;
  userName: string;
  applicationPassword: string;
}
