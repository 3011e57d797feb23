// The AnalyticsData advanced service (GA4 Data API v1beta), enabled in appsscript.json; @types/google-apps-script lacks it.
declare const AnalyticsData: {
  Properties: {
    /** POST properties/{id}:batchRunReports with the REST JSON body; returns the response JSON, throws on an HTTP error. */
    batchRunReports(request: object, property: string): unknown;
  };
};
