/**
 * Generated from the platform's OpenAPI document (GET /api/docs/json) by
 * dashboard/tools/api-types.ts: do not edit. Run `npm run generate:api-types`
 * after changing a route's schema; npm test fails while this file is behind.
 */

export interface paths {
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarm-coordinate-labels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A printable page (HTML, A4) of alarm-coordinate labels with their QR codes: those you reach, of one jurisdiction or some devices */
        get: {
            parameters: {
                query?: {
                    device?: string[];
                    jurisdiction?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarm-coordinates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look up an alarm coordinate (the code printed under a pillar or camera, read out by a caller): the device, its place, its jurisdictions and its five parties */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description as printed (K7M-4RW) or typed (k7m4rw) */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            camera: {
                                channelId: string | null;
                                /** @description the camera's alarm coordinate */
                                coordinate: string | null;
                                /** @enum {unknown} */
                                kind: "rtsp" | "hls" | "webrtc" | "gb28181";
                                name: string;
                                url: string | null;
                            } | null;
                            code: string;
                            device: {
                                id: string;
                                kind: string;
                                lat: number | null;
                                lon: number | null;
                                name: string;
                                presence: string;
                            };
                            /** @description deepest first */
                            jurisdictions: {
                                id: string;
                                name: string;
                            }[];
                            parties: {
                                /** @enum {unknown} */
                                role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                unitId: string;
                                unitName: string;
                            }[];
                            /** @enum {unknown} */
                            target: "pillar" | "camera";
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarm-coordinates/{code}/qr": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An alarm coordinate's QR code (it reads as the code), as SVG or PNG */
        get: {
            parameters: {
                query?: {
                    format?: "svg" | "png";
                };
                header?: never;
                path: {
                    /** @description as printed (K7M-4RW) or typed (k7m4rw) */
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["Error"];
                        "image/svg+xml": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/png": components["schemas"]["Error"];
                        "image/svg+xml": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarm-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Linkage plans by jurisdiction and severity, and the default plans every alarm follows where no jurisdiction of its has one */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaults: {
                                /** @description null: the default plan, where no jurisdiction has one */
                                jurisdictionId: string | null;
                                parties: {
                                    acknowledgeWithinS: number | null;
                                    arriveWithinS: number | null;
                                    dispatchWithinS: number | null;
                                    mustAcknowledge: boolean;
                                    redAfterS: number | null;
                                    remindEveryS: number | null;
                                    /** @enum {unknown} */
                                    role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                    /** @enum {unknown} */
                                    when: "press" | "verified";
                                }[];
                                /** @enum {unknown} */
                                severity: "low" | "medium" | "high";
                                /** @enum {unknown} */
                                supervisor: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: string | null;
                            }[];
                            plans: {
                                /** @description null: the default plan, where no jurisdiction has one */
                                jurisdictionId: string | null;
                                parties: {
                                    acknowledgeWithinS: number | null;
                                    arriveWithinS: number | null;
                                    dispatchWithinS: number | null;
                                    mustAcknowledge: boolean;
                                    redAfterS: number | null;
                                    remindEveryS: number | null;
                                    /** @enum {unknown} */
                                    role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                    /** @enum {unknown} */
                                    when: "press" | "verified";
                                }[];
                                /** @enum {unknown} */
                                severity: "low" | "medium" | "high";
                                /** @enum {unknown} */
                                supervisor: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarm-plans/{jurisdictionId}/{severity}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write the linkage plan of a jurisdiction (and the jurisdictions below it) for a severity: who is told on the press and after verification, who must acknowledge, the limits */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jurisdictionId: string;
                    severity: "low" | "medium" | "high";
                };
                cookie?: never;
            };
            /** @description the supervisor is told of every card (absent: the police sub-bureau command centre) */
            requestBody: {
                content: {
                    "application/json": {
                        parties: {
                            acknowledgeWithinS?: number | null;
                            arriveWithinS?: number | null;
                            dispatchWithinS?: number | null;
                            /** @default true */
                            mustAcknowledge?: boolean;
                            /** @description a yellow card turns red this long after (absent: as long as the limit that gave it) */
                            redAfterS?: number | null;
                            remindEveryS?: number | null;
                            /** @enum {unknown} */
                            role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                            /**
                             * @description told on the press, or once the alarm is verified genuine
                             * @enum {unknown}
                             */
                            when: "press" | "verified";
                        }[];
                        /** @enum {unknown} */
                        supervisor?: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                /** @description null: the default plan, where no jurisdiction has one */
                                jurisdictionId: string | null;
                                parties: {
                                    acknowledgeWithinS: number | null;
                                    arriveWithinS: number | null;
                                    dispatchWithinS: number | null;
                                    mustAcknowledge: boolean;
                                    redAfterS: number | null;
                                    remindEveryS: number | null;
                                    /** @enum {unknown} */
                                    role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                    /** @enum {unknown} */
                                    when: "press" | "verified";
                                }[];
                                /** @enum {unknown} */
                                severity: "low" | "medium" | "high";
                                /** @enum {unknown} */
                                supervisor: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                /** Format: date-time */
                                updatedAt: string | null;
                                updatedBy: string | null;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        /** Remove a jurisdiction's own plan for a severity: its alarms follow the plan above it, or the default */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    jurisdictionId: string;
                    severity: "low" | "medium" | "high";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            removed: boolean;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarm-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per unit and period (month or year): alarms handled, the share answered within the target (NFPA 1225: 10 s) and processed within the target (NFPA 1221: 64 s), median and 90th percentile of each step, yellow and red cards, points */
        get: {
            parameters: {
                query: {
                    /** @description the month (2026-05) or year (2026), in the platform’s time zone */
                    at: string;
                    period: "month" | "year";
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                at: string;
                                /** Format: date-time */
                                from: string;
                                /** @enum {unknown} */
                                kind: "month" | "year";
                                timeZone: string;
                                /** Format: date-time */
                                to: string;
                            };
                            targets: {
                                answerS: number;
                                processS: number;
                            };
                            units: {
                                acknowledgements: {
                                    acknowledged: number;
                                    required: number;
                                    withinTarget: number;
                                };
                                alarmsHandled: number;
                                answeredWithinTarget: number | null;
                                cards: {
                                    red: number;
                                    yellow: number;
                                };
                                points: number;
                                pointsDeducted: number;
                                processedWithinTarget: number | null;
                                steps: {
                                    acknowledge: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    arrive: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    callAnswered: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    closed: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    dispatch: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    dispatched: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    onScene: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    received: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                    verified: {
                                        count: number;
                                        medianS: number | null;
                                        p90S: number | null;
                                    };
                                };
                                unit: {
                                    id: string;
                                    jurisdictionId: string | null;
                                    kind: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarm-reports.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same as CSV (UTF-8 with a byte-order mark, one row per unit): Per unit and period (month or year): alarms handled, the share answered within the target (NFPA 1225: 10 s) and processed within the target (NFPA 1221: 64 s), median and 90th percentile of each step, yellow and red cards, points */
        get: {
            parameters: {
                query: {
                    /** @description the month (2026-05) or year (2026), in the platform’s time zone */
                    at: string;
                    period: "month" | "year";
                    unit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alarms you reach (your jurisdictions, or your unit's part in them), newest first, with their five-party boards */
        get: {
            parameters: {
                query?: {
                    /** @description alarms raised before this one (paging) */
                    before?: string;
                    limit?: number;
                    pillar?: string;
                    state?: "open" | "closed" | "all";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarms: components["schemas"]["Alarm"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One alarm: its pillar (place, camera, alarm coordinate), whether the pillar acknowledged "help is on its way", the five-party board and the timeline */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                            timeline: {
                                actor: {
                                    id: string | null;
                                    name: string | null;
                                    role: string | null;
                                } | null;
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                party: string | null;
                                step: string;
                                unitId: string | null;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Your unit acknowledges its part in the alarm: its reminders stop at once, and it is carded no more for acknowledging late */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the caller: opens the pillar's two-way voice (SetCallState open) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Closed, with its disposition: nobody is reminded or carded any more, and the pillar's lamp goes out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {unknown} */
                        disposition: "resolved" | "false_alarm" | "referred" | "no_action";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/dispatch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dispatched: a unit or responder sent (a party's unit meets its dispatch limit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description the unit dispatched (a linked party meets its dispatch limit; absent: your unit), or a responder by name */
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        responder?: string;
                        unitId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/hang-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hang up: closes the pillar's two-way voice */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/on-scene": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** On scene: the unit dispatched has arrived (a party's unit meets its arrival limit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        unitId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Received: an operator has opened the alarm */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/alarms/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verified: genuine (with its severity: the rest of the linkage plan is told) or false (no party is reminded or carded any more) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        genuine: boolean;
                        note?: string;
                        /** @enum {unknown} */
                        severity?: "low" | "medium" | "high";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alarm: components["schemas"]["Alarm"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the audit trail, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description entries whose action starts with this: 'auth.login' also finds 'auth.login.failed' */
                    action?: string;
                    actorId?: string;
                    /** @description entries before this seq (paging) */
                    before?: number;
                    from?: string;
                    limit?: number;
                    subjectId?: string;
                    subjectType?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            entries: {
                                action: string;
                                actorId: string | null;
                                actorName: string | null;
                                actorRole: string | null;
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                ip: string | null;
                                reason: string | null;
                                seq: number;
                                subjectId: string | null;
                                subjectType: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A checkpoint of the audit chain's head, signed with the audit key: keep it apart from the platform; audit:verify --checkpoint checks the chain still reaches it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            at: string | null;
                            /** @enum {string} */
                            format: "watchpost-audit-checkpoint/1";
                            hash: string;
                            keyId: string;
                            seq: number;
                            signature: string;
                            /** Format: date-time */
                            signedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check the whole hash chain of the audit trail: every entry that does not hold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the first problem’s entry */
                            brokenAt?: number;
                            checked: number;
                            intact: boolean;
                            keyId: string | null;
                            lastHash: string | null;
                            lastSeq: number;
                            /** @description the first problem */
                            problem?: string;
                            problemCount: number;
                            /** @description every entry that does not hold (the first 1000; problemCount has them all) */
                            problems: {
                                code: string;
                                message: string;
                                seq: number;
                            }[];
                            /** @description entries from before the chain was keyed */
                            unkeyed: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a one-time sign-in code by SMS to a registered owner (answers the same whether or not the phone is registered) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sent: boolean;
                            validForS: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/code/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in as an owner with the code received by SMS */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            user: components["schemas"]["Me"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with a user name and password (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            expiresAt: string;
                            user: components["schemas"]["Me"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends this session) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who I am: my account, and the CSRF token and expiry of my session */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            expiresAt: string | null;
                            user: components["schemas"]["Me"];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my preferences: the language I read the dashboard and text messages in (null: follow the browser) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        locale: (never | null) | ("zh-CN" | "en");
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["Me"];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (staff); my other sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: boolean;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own bikes (owners); the register with owners masked (administrators, audited) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bikes: components["schemas"]["Bike"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an e-bike for its owner, with its tag (and the owner's key fob): one tag, one bike, one person */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        brand?: string;
                        colour?: string;
                        /** @description the tag's 32-bit chip id, as base stations report it */
                        fobTagId?: number;
                        frameNumber: string;
                        model?: string;
                        motorNumber?: string;
                        /** @description the owner (POST /owners registers one) */
                        ownerId: string;
                        plate: string;
                        /** @description the tag's 32-bit chip id, as base stations report it */
                        tagId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bike: components["schemas"]["Bike"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One bike: its owner sees it; police through a case of it or a stated reason (audited); administrators with the owner masked */
        get: {
            parameters: {
                query?: {
                    /** @description a case of this bike in your jurisdictions */
                    caseId?: string;
                    /** @description why you need this person’s data (case number, registration point…): audited */
                    reason?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bike: components["schemas"]["Bike"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Describe a bike anew (owners: brand, model, colour; registration points: plate, frame and motor numbers too) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        brand?: string;
                        colour?: string;
                        frameNumber?: string;
                        model?: string;
                        motorNumber?: string;
                        plate?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bike: components["schemas"]["Bike"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/bikes/{id}/guard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The owner's guard: armed or not, fob pairing, and the alerts it raised */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                /** Format: date-time */
                                armedAt: string | null;
                                /** @description the theft report opened from it */
                                caseId: string | null;
                                /** Format: date-time */
                                heardAt: string;
                                id: number;
                                /** Format: date-time */
                                lastHeardAt: string;
                                /** Format: date-time */
                                raisedAt: string;
                                /** @enum {unknown} */
                                reason: "moved" | "no_fob";
                                station: {
                                    id: string;
                                    lat: number | null;
                                    lon: number | null;
                                    name: string;
                                };
                            }[];
                            guard: {
                                armed: boolean;
                                /** Format: date-time */
                                armedAt: string | null;
                                /** @description where it stood when armed; moving away alerts */
                                armedStation: {
                                    id: string;
                                    name: string;
                                } | null;
                                fobPairing: boolean;
                                hasFob: boolean;
                            };
                        };
                    };
                };
            };
        };
        /** Arm a parked bike (heard moving: you are alerted) or disarm it; fob pairing alerts when it passes a station without your key fob */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        armed?: boolean;
                        /** @description alert when the bike passes a station without its key fob, armed or not */
                        fobPairing?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            guard: {
                                armed: boolean;
                                /** Format: date-time */
                                armedAt: string | null;
                                /** @description where it stood when armed; moving away alerts */
                                armedStation: {
                                    id: string;
                                    name: string;
                                } | null;
                                fobPairing: boolean;
                                hasFob: boolean;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/{id}/guard/alerts/{alertId}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a guard alert into a theft report in one step: the case opens, the bike goes on the watchlist, sightings since it was armed become hits */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    alertId: number;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string;
                        lastSeenPlace?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: components["schemas"]["Case"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The bike's photo, to whoever may see the bike */
        get: {
            parameters: {
                query?: {
                    /** @description a case of this bike in your jurisdictions */
                    caseId?: string;
                    /** @description why you need this person’s data (case number, registration point…): audited */
                    reason?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        /** The bike's photo: the image's bytes as image/jpeg, image/png or image/webp, 512 KiB at most */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/{id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the bike is now (its latest position, where it came from and heads): its owner; police only while it is on the watchlist, through its case or a stated reason (audited) */
        get: {
            parameters: {
                query?: {
                    /** @description a case of this bike in your jurisdictions */
                    caseId?: string;
                    /** @description why you need this person’s data (case number, registration point…): audited */
                    reason?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            position: {
                                direction: {
                                    /** @description from there to here, degrees from north */
                                    bearingDeg: number | null;
                                    /** @description the station it came from, on this trip */
                                    fromStationId: string | null;
                                    headingProbability: number | null;
                                    /** @description the station it most likely reaches next */
                                    headingStationId: string | null;
                                };
                                /** Format: date-time */
                                firstHeardAt: string;
                                /** Format: date-time */
                                lastHeardAt: string;
                                rssiDbm: number;
                                station: {
                                    id: string;
                                    lat: number | null;
                                    lon: number | null;
                                    name: string;
                                };
                            } | null;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every tag a bike had, with when and why each was bound */
        get: {
            parameters: {
                query?: {
                    /** @description a case of this bike in your jurisdictions */
                    caseId?: string;
                    /** @description why you need this person’s data (case number, registration point…): audited */
                    reason?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tags: {
                                /** Format: date-time */
                                boundAt: string;
                                boundBy: string | null;
                                reason: string | null;
                                /** @enum {unknown} */
                                role: "bike" | "fob";
                                /** @description the tag's 32-bit chip id, as base stations report it */
                                tagId: number;
                                /** Format: date-time */
                                unboundAt: string | null;
                                unboundBy: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/{id}/tags/{role}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Re-bind a bike's plate tag or its owner's key fob (null unbinds the fob), with the reason: audited, the history kept */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    role: "bike" | "fob";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description the new chip; null unbinds a fob (a bike keeps a plate tag); null first, so it is not coerced to 0 */
                        tagId: (never | null) | number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bike: components["schemas"]["Bike"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/{id}/track": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bike’s track over a range: positions (short ranges) or time buckets (long ones), with its trips and stops; police state a reason, and every read is audited */
        get: {
            parameters: {
                query?: {
                    /** @description start of the range (received time); default: 24 hours before `to` */
                    from?: string;
                    /** @description the bucket width is the narrowest of 1 min … 1 day that gives at most this many */
                    maxBuckets?: number;
                    /** @description why you need this person’s data (case number, registration point…): audited */
                    reason?: string;
                    /** @description positions: every position (ranges up to 7 days); buckets: folded into time buckets; auto: positions up to 24 hours */
                    resolution?: "auto" | "positions" | "buckets";
                    /** @description not heard, or heard at one station, for longer than this is a stop (minutes) */
                    stopAfterMin?: number;
                    /** @description end of the range, exclusive; default: now */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description the bike */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            buckets?: {
                                /**
                                 * Format: date-time
                                 * @description first heard in the bucket
                                 */
                                first: string;
                                /**
                                 * Format: date-time
                                 * @description last heard in the bucket
                                 */
                                last: string;
                                lat: number | null;
                                lon: number | null;
                                positions: number;
                                /**
                                 * Format: date-time
                                 * @description the bucket’s start
                                 */
                                start: string;
                                station: string;
                                /** @description stations passed in the bucket, in order, each once; `station` (with its place) is the last */
                                stations: string[];
                            }[];
                            bucketS: number | null;
                            /**
                             * Format: date-time
                             * @description the range answered (bucket mode: widened to whole minutes)
                             */
                            from: string;
                            positions?: {
                                /**
                                 * Format: date-time
                                 * @description first heard there
                                 */
                                first: string;
                                /**
                                 * Format: date-time
                                 * @description last heard there
                                 */
                                last: string;
                                lat: number | null;
                                lon: number | null;
                                rssiDbm: number;
                                station: string;
                            }[];
                            /** @enum {unknown} */
                            resolution: "positions" | "buckets";
                            /**
                             * @description raw sightings, or the per-minute continuous aggregate (TimescaleDB)
                             * @enum {unknown}
                             */
                            source: "raw" | "continuous-aggregate";
                            stops: {
                                durationS: number;
                                /**
                                 * Format: date-time
                                 * @description stopped
                                 */
                                from: string;
                                /**
                                 * @description dwell: heard at the station all along; unheard: heard nowhere, after passing the station
                                 * @enum {unknown}
                                 */
                                kind: "dwell" | "unheard";
                                lat: number | null;
                                lon: number | null;
                                nextStation: string | null;
                                station: string;
                                /**
                                 * Format: date-time
                                 * @description moving again (or the end of the range)
                                 */
                                to: string;
                            }[];
                            /**
                             * Format: date-time
                             * @description end of the range answered, exclusive
                             */
                            to: string;
                            totals: {
                                distanceM: number;
                                movingS: number;
                                positions: number;
                                trips: number;
                            };
                            trips: {
                                avgSpeedKmh: number | null;
                                /** @description along the stations passed (straight lines between them: at least this far by road) */
                                distanceM: number;
                                durationS: number;
                                /**
                                 * Format: date-time
                                 * @description arriving
                                 */
                                end: string;
                                fromStation: string;
                                positions: number;
                                /**
                                 * Format: date-time
                                 * @description leaving
                                 */
                                start: string;
                                /** @description different stations passed */
                                stations: number;
                                toStation: string;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/clones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags heard at two stations too far apart for the time between (cloned tags), in your jurisdictions */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flags: {
                                a: {
                                    /** Format: date-time */
                                    heardAt: string;
                                    stationId: string;
                                };
                                b: {
                                    /** Format: date-time */
                                    heardAt: string;
                                    stationId: string;
                                };
                                bikeId: string;
                                distanceM: number;
                                /** Format: date-time */
                                flaggedAt: string;
                                id: number;
                                jurisdictions: string[];
                                seconds: number;
                                /** @description the tag's 32-bit chip id, as base stations report it */
                                tagId: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a county register (text/csv, or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet): owners matched or created by phone, a report row by row, all or nothing */
        post: {
            parameters: {
                query?: {
                    /** @description check every row, store nothing */
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            /** @enum {unknown} */
                            format: "csv" | "xlsx";
                            imported: number;
                            ownersCreated: number;
                            ownersMatched: number;
                            refused: number;
                            report: {
                                bikeId: string | null;
                                /** @enum {unknown} */
                                owner: "created" | "matched" | "none";
                                ownerId: string | null;
                                plate: string;
                                problems: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                /** @description the line of the file (the header is line 1) */
                                row: number;
                            }[];
                            rows: number;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            /** @enum {unknown} */
                            format: "csv" | "xlsx";
                            imported: number;
                            ownersCreated: number;
                            ownersMatched: number;
                            refused: number;
                            report: {
                                bikeId: string | null;
                                /** @enum {unknown} */
                                owner: "created" | "matched" | "none";
                                ownerId: string | null;
                                plate: string;
                                problems: {
                                    code: string;
                                    field: string;
                                    message: string;
                                }[];
                                /** @description the line of the file (the header is line 1) */
                                row: number;
                            }[];
                            rows: number;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bikes/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find a bike by plate, frame number or chip id, stating the reason (audited, found or not) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        frameNumber?: string;
                        plate?: string;
                        /** @description why you need this person’s data (case number, registration point…): audited */
                        reason: string;
                        /** @description the tag's 32-bit chip id, as base stations report it */
                        tagId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bikes: components["schemas"]["Bike"][];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases: your own (owners), your jurisdictions’ (police), all (administrators) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                    status?: "reported" | "sighted" | "recovered" | "closed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: components["schemas"]["Case"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Report a bike stolen: a case opens where it was last seen, its tag goes on the watchlist, and its sightings since then are raised as historical hits at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description how urgently police act on a hit
                         * @enum {unknown}
                         */
                        alertLevel?: "normal" | "high" | "urgent";
                        bikeId: string;
                        description?: string;
                        /**
                         * Format: date-time
                         * @description when the owner last saw the bike: sightings since are raised as historical hits at once
                         */
                        lastSeenAt: string;
                        lastSeenLat?: number;
                        lastSeenLon?: number;
                        lastSeenPlace?: string;
                        /** @description days on the watchlist (default: the platform’s) */
                        watchDays?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: components["schemas"]["Case"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One case with its owner and timeline (staff reads are audited) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: components["schemas"]["Case"];
                            owner: {
                                displayName: string;
                                id: string;
                                phone: string | null;
                            };
                            timeline: {
                                actorId: string | null;
                                actorName: string | null;
                                actorRole: string | null;
                                /** Format: date-time */
                                at: string;
                                detail: {
                                    [key: string]: unknown;
                                };
                                id: number;
                                /** @description reported, sighted, hit.confirmed, hit.false, watch.changed, watch.expired, officer, note, recovered, closed */
                                kind: string;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/companions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Companion analysis (伴随分析): tags heard at the same stations within the same windows as the stolen bike, ranked (audited) */
        get: {
            parameters: {
                query?: {
                    /** @description default: when the bike was last seen by its owner */
                    from?: string;
                    limit?: number;
                    /** @description default: now */
                    to?: string;
                    /** @description heard this close in time at the same station (default 60 s) */
                    windowS?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            companions: {
                                bikeId: string | null;
                                /** Format: date-time */
                                firstHeardAt: string;
                                /** Format: date-time */
                                lastHeardAt: string;
                                plate: string | null;
                                /** @description distinct stations it was heard at with the bike */
                                stations: number;
                                tagId: number;
                                /** @description the bike's visits it was heard around */
                                together: number;
                            }[];
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                            /** @description the stolen bike's visits (a station, a minute) examined */
                            visits: number;
                            windowS: number;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/hits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's hits, newest first, each with the next stations predicted then */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hits: {
                                /** Format: date-time */
                                heardAt: string;
                                /** @description raised by the report looking back, not live */
                                historical: boolean;
                                id: number;
                                /** Format: date-time */
                                lastHeardAt: string;
                                /** @description the next stations predicted when the hit was raised */
                                next: {
                                    arrivalWindowS: number[];
                                    probability: number;
                                    stationId: string;
                                }[];
                                /** Format: date-time */
                                raisedAt: string;
                                /** Format: date-time */
                                reviewedAt: string | null;
                                reviewedBy: string | null;
                                reviewNote: string | null;
                                rssiDbm: number;
                                seq: number;
                                station: {
                                    id: string;
                                    lat: number | null;
                                    lon: number | null;
                                    name: string;
                                };
                                /** @enum {unknown} */
                                status: "unconfirmed" | "confirmed" | "false";
                                tagId: number;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/hits/{hitId}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a hit confirmed (the bike was there) or false; the share of false hits is counted */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    hitId: number;
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @enum {unknown} */
                        verdict: "confirmed" | "false";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A note on the case’s timeline (its police, or its owner) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The bike is recovered (off the watchlist), or the case is closed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        /** @enum {unknown} */
                        status: "recovered" | "closed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: components["schemas"]["Case"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take charge of the case: its hits are texted to you */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            case: components["schemas"]["Case"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/watch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** The watch's alert level or expiry (an expired watch extended comes back, looking back to its expiry) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description a later expiry extends the watch; an expired watch comes back
                         */
                        expiresAt?: string;
                        /**
                         * @description how urgently police act on a hit
                         * @enum {unknown}
                         */
                        level?: "normal" | "high" | "urgent";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            watch: {
                                active: boolean;
                                /** Format: date-time */
                                addedAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /**
                                 * @description how urgently police act on a hit
                                 * @enum {unknown}
                                 */
                                level: "normal" | "high" | "urgent";
                                tagId: number;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the devices you may see (your jurisdictions), with their presence */
        get: {
            parameters: {
                query?: {
                    kind?: "pillar" | "station" | "tag";
                    placement?: "placed" | "outside" | "no_position";
                    presence?: "never_seen" | "online" | "offline";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                never_seen: number;
                                offline: number;
                                online: number;
                            };
                            devices: components["schemas"]["Device"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a device (pillar, base station or tag); its secret is returned this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the serial printed on the device; generated when absent */
                        id?: string;
                        /** @enum {unknown} */
                        kind: "pillar" | "station" | "tag";
                        lat?: number;
                        lon?: number;
                        name?: string;
                        /** @description a secret provisioned at the factory; generated when absent */
                        secret?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            connect: {
                                coap: {
                                    /** @description POST MAC-signed frames here (UDP) */
                                    path: string;
                                    port: number;
                                };
                                mqtt: {
                                    clientId: string;
                                    downlinkTopic: string;
                                    port: number;
                                    uplinkTopic: string;
                                    username: string;
                                };
                            };
                            device: components["schemas"]["Device"];
                            /** @description shown this once: the MQTT password and the key of frame MACs */
                            secret: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One device, with its recent online/offline history */
        get: {
            parameters: {
                query?: {
                    /** @description why you need this person’s data (case number, registration point…): audited */
                    reason?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device: components["schemas"]["Device"];
                            presenceHistory: {
                                /** Format: date-time */
                                at: string;
                                presence: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Place a device (a new position, or null for none) or rename it; it is placed in the jurisdictions of its new position */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lat: number | null;
                        lon: number | null;
                        name?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            device: components["schemas"]["Device"];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/devices/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a new secret for a device (lost or leaked); the old one stops working and the device's sequence restarts at 1 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jurisdictions; with ?boundaries=true their boundaries too (GeoJSON) */
        get: {
            parameters: {
                query?: {
                    boundaries?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jurisdictions: ({
                                boundary: (never | null) | ({
                                    coordinates: number[][][];
                                    /** @enum {string} */
                                    type: "Polygon";
                                } | {
                                    coordinates: number[][][][];
                                    /** @enum {string} */
                                    type: "MultiPolygon";
                                });
                                id: string;
                                /** @enum {unknown} */
                                kind: "county" | "district" | "town" | "police_area";
                                name: string;
                                parentId?: string | null;
                            } | {
                                id: string;
                                /** @enum {unknown} */
                                kind: "county" | "district" | "town" | "police_area";
                                name: string;
                                parentId?: string | null;
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or change a jurisdiction: its name, kind, parent and boundary (devices inside it are placed in it) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        boundary?: (never | null) | ({
                            coordinates: number[][][];
                            /** @enum {string} */
                            type: "Polygon";
                        } | {
                            coordinates: number[][][][];
                            /** @enum {string} */
                            type: "MultiPolygon";
                        });
                        /** @enum {unknown} */
                        kind: "county" | "district" | "town" | "police_area";
                        name: string;
                        parentId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/{id}/parties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The five parties of a jurisdiction's alarm linkage (named here or inherited from an ancestor), with their channels and members */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jurisdictionId: string;
                            parties: {
                                channels: {
                                    /** @description MQTT subscriptions of the unit's integrations */
                                    mqttSubscriptions: string[];
                                    /** @description text messages to its members' phones */
                                    smsMembers: boolean;
                                    /** @description webhook endpoints (POST /api/v1/notifications/webhooks) the unit is told through */
                                    webhookEndpoints: string[];
                                } | null;
                                members: {
                                    displayName: string;
                                    id: string;
                                    role: string;
                                    textMessages: boolean;
                                }[];
                                /** @description the jurisdiction that names the unit: this one, or the ancestor it is inherited from */
                                namedIn: string | null;
                                /** @enum {unknown} */
                                role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                unit: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Name the units that play parts of the five-party linkage in a jurisdiction */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            /** @description for each part to change: the unit that plays it here (a unit of that kind), or null to inherit it from the parent jurisdiction */
            requestBody: {
                content: {
                    "application/json": {
                        district_centre?: string | null;
                        governance_centre?: string | null;
                        police_command?: string | null;
                        police_station?: string | null;
                        town_command?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            jurisdictionId: string;
                            parties: {
                                channels: {
                                    /** @description MQTT subscriptions of the unit's integrations */
                                    mqttSubscriptions: string[];
                                    /** @description text messages to its members' phones */
                                    smsMembers: boolean;
                                    /** @description webhook endpoints (POST /api/v1/notifications/webhooks) the unit is told through */
                                    webhookEndpoints: string[];
                                } | null;
                                members: {
                                    displayName: string;
                                    id: string;
                                    role: string;
                                    textMessages: boolean;
                                }[];
                                /** @description the jurisdiction that names the unit: this one, or the ancestor it is inherited from */
                                namedIn: string | null;
                                /** @enum {unknown} */
                                role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                                unit: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/jurisdictions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import jurisdictions with their boundaries from a GeoJSON FeatureCollection: all or nothing, every refused feature said (details) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description GeoJSON Features with properties id, name (or name_zh), kind and parentId, and a Polygon or MultiPolygon geometry */
            requestBody: {
                content: {
                    "application/json": {
                        features: unknown[];
                        /** @enum {string} */
                        type: "FeatureCollection";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live feed (text/event-stream): a snapshot of the devices you may see, then every notification you may see, replayed from Last-Event-ID on reconnection */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance alerts of the pillars you reach (tamper, power lost, battery low, camera offline, offline), newest first; ?open=true for those not cleared */
        get: {
            parameters: {
                query?: {
                    before?: number;
                    device?: string;
                    limit?: number;
                    /** @description true: not cleared; false: cleared; absent: both */
                    open?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alerts: {
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                /** Format: date-time */
                                beganAt: string;
                                /** Format: date-time */
                                clearedAt: string | null;
                                /** @enum {unknown} */
                                condition: "tamper" | "power_lost" | "battery_low" | "camera_offline" | "offline";
                                deviceId: string;
                                /** Format: date-time */
                                endedAt: string | null;
                                id: number;
                                jurisdictions: string[];
                                /** Format: date-time */
                                raisedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance/alerts/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a maintenance alert on (it still clears by itself once the fault has been gone long enough) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            alert: {
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                /** Format: date-time */
                                beganAt: string;
                                /** Format: date-time */
                                clearedAt: string | null;
                                /** @enum {unknown} */
                                condition: "tamper" | "power_lost" | "battery_low" | "camera_offline" | "offline";
                                deviceId: string;
                                /** Format: date-time */
                                endedAt: string | null;
                                id: number;
                                jurisdictions: string[];
                                /** Format: date-time */
                                raisedAt: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Basemap and initial view of the dashboard map */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description empty: the dashboard offers styleUrl (if any) and its offline basemap */
                            basemaps: {
                                amap?: {
                                    /** @enum {unknown} */
                                    style?: "road" | "satellite";
                                };
                                attribution?: string;
                                /** @enum {unknown} */
                                coordinateSystem: "wgs84" | "gcj02";
                                id: string;
                                maxZoom?: number;
                                /** @description drawn from the overlay layers (roads, water, places, jurisdictions): no tile server */
                                offline?: boolean;
                                /** @description a PMTiles archive (Protomaps basemap layers, or raster) */
                                pmtilesUrl?: string;
                                /** @description a MapLibre style */
                                styleUrl?: string;
                                tianditu?: {
                                    /** @description the Tianditu browser key (tk) */
                                    key: string;
                                    /** @enum {unknown} */
                                    layer?: "vec" | "img" | "ter";
                                };
                                /** @description raster tile URL templates with {z} {x} {y} */
                                tiles?: string[];
                                title?: string;
                            }[];
                            center: [
                                number,
                                number
                            ];
                            styleUrl: string | null;
                            /** @description the platform's time zone (IANA), in which the dashboard shows times */
                            timeZone: string;
                            zoom: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/layers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overlay layers (GeoJSON) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            layers: {
                                geojson: unknown;
                                name: string;
                                title: string;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/map/layers/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or replace an overlay layer */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        geojson: {
                            features: unknown[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first: ?status=failed lists those parked after their last attempt */
        get: {
            parameters: {
                query?: {
                    /** @description deliveries before this id (paging) */
                    before?: number;
                    channel?: "webhook" | "sms" | "mqtt";
                    limit?: number;
                    recipient?: string;
                    status?: "queued" | "delivered" | "failed";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                attempts: number;
                                /** @enum {unknown} */
                                channel: "webhook" | "sms" | "mqtt";
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                id: number;
                                idempotencyKey: string;
                                kind: string;
                                lastError: string | null;
                                /** Format: date-time */
                                nextAttemptAt: string;
                                notificationId: number;
                                /** @description endpoint or subscription id; a phone number masked */
                                recipient: string;
                                /** @enum {unknown} */
                                status: "queued" | "delivered" | "failed";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every attempt of one delivery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: {
                                /** Format: date-time */
                                at: string;
                                durationMs: number;
                                error: string | null;
                                outcome: string;
                                statusCode: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send parked deliveries again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requeued: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** MQTT subscriptions of integrations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscriptions: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                jurisdictions: string[];
                                kinds: string[];
                                name: string;
                                /** @description the one topic this integration may subscribe to */
                                topic: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an MQTT subscription: the integration connects with client id and user name = its id and this secret (shown once), and subscribes to its topic */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description only from these jurisdictions; empty or absent: every jurisdiction */
                        jurisdictions?: string[];
                        /** @description the kinds it receives; empty: only what is addressed to it (an alarm party's channels) */
                        kinds: string[];
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            subscription: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                jurisdictions: string[];
                                kinds: string[];
                                name: string;
                                /** @description the one topic this integration may subscribe to */
                                topic: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/subscriptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Enable or disable an MQTT subscription */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscription: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                id: string;
                                jurisdictions: string[];
                                kinds: string[];
                                name: string;
                                /** @description the one topic this integration may subscribe to */
                                topic: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/notifications/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Webhook endpoints (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoints: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                jurisdictions: string[];
                                kinds: string[];
                                name: string;
                                url: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a webhook endpoint for notifications of these kinds; its signing secret (X-Watchpost-Signature) is shown this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description only from these jurisdictions; empty or absent: every jurisdiction */
                        jurisdictions?: string[];
                        /** @description the kinds it receives; empty: only what is addressed to it (an alarm party's channels) */
                        kinds: string[];
                        name: string;
                        url: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                jurisdictions: string[];
                                kinds: string[];
                                name: string;
                                url: string;
                            };
                            secret: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or disable a webhook endpoint */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        /** @description only from these jurisdictions; empty or absent: every jurisdiction */
                        jurisdictions?: string[];
                        /** @description the kinds it receives; empty: only what is addressed to it (an alarm party's channels) */
                        kinds?: string[];
                        name?: string;
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            endpoint: {
                                active: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string | null;
                                id: string;
                                jurisdictions: string[];
                                kinds: string[];
                                name: string;
                                url: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Owners, personal data masked (administrators; an owner sees only themselves) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            owners: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                id: string;
                                /** @description masked unless read for a stated reason, or by the owner */
                                idNumber: string | null;
                                masked: boolean;
                                /** @description masked unless read for a stated reason, or by the owner */
                                phone: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register an e-bike owner (registration point: police or administrator) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        idNumber?: string;
                        /** @description send the owner an SMS saying how to sign in */
                        invite?: boolean;
                        phone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            owner: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                id: string;
                                /** @description masked unless read for a stated reason, or by the owner */
                                idNumber: string | null;
                                masked: boolean;
                                /** @description masked unless read for a stated reason, or by the owner */
                                phone: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/owners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One owner: the owner in full; police in full for a stated reason; administrators masked */
        get: {
            parameters: {
                query?: {
                    /** @description why you need this person’s data (case number, registration point…): audited */
                    reason?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            owner: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                id: string;
                                /** @description masked unless read for a stated reason, or by the owner */
                                idNumber: string | null;
                                masked: boolean;
                                /** @description masked unless read for a stated reason, or by the owner */
                                phone: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/owners/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Find an owner by phone number, stating the reason (audited) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        /** @description why you need this person’s data (case number, registration point…): audited */
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            owner: {
                                /** Format: date-time */
                                createdAt: string;
                                displayName: string;
                                id: string;
                                /** @description masked unless read for a stated reason, or by the owner */
                                idNumber: string | null;
                                masked: boolean;
                                /** @description masked unless read for a stated reason, or by the owner */
                                phone: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/pillars/{id}/camera": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Configure a pillar's camera as the alarm console links it: an RTSP, HLS or WebRTC URL, or a GB/T 28181 channel id; the camera gets its alarm coordinate */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description GB/T 28181: the camera’s 20-digit channel id */
                        channelId?: string;
                        /** @enum {unknown} */
                        kind: "rtsp" | "hls" | "webrtc" | "gb28181";
                        name?: string;
                        /** @description the stream: rtsp://…, an HLS playlist https://….m3u8, a WebRTC (WHEP) endpoint */
                        url?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            camera: {
                                channelId: string | null;
                                /** @description the camera's alarm coordinate */
                                coordinate: string | null;
                                /** @enum {unknown} */
                                kind: "rtsp" | "hls" | "webrtc" | "gb28181";
                                name: string;
                                url: string | null;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/{id}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tags a base station heard per minute (counts, never which tags), up to 7 days; default the last hour */
        get: {
            parameters: {
                query?: {
                    /** @description start (rounded down to the minute) */
                    from?: string;
                    /** @description end, exclusive (rounded up to the minute); default: now */
                    to?: string;
                };
                header?: never;
                path: {
                    /** @description the base station */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description first minute
                             */
                            from: string;
                            /** @description minutes in which the station heard any tag */
                            minutes: {
                                /**
                                 * Format: date-time
                                 * @description the minute
                                 */
                                at: string;
                                /** @description batch windows that reported a tag */
                                sightings: number;
                                /** @description different tags heard in it */
                                tags: number;
                            }[];
                            stationId: string;
                            /**
                             * Format: date-time
                             * @description end of the last minute
                             */
                            to: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stations/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every base station in your jurisdictions that heard tags in a range (up to 24 hours; default the last 15 minutes): active minutes, peak and average tags per minute */
        get: {
            parameters: {
                query?: {
                    /** @description start (rounded down to the minute) */
                    from?: string;
                    /** @description end, exclusive (rounded up to the minute); default: now */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * Format: date-time
                             * @description first minute
                             */
                            from: string;
                            /** @description the stations in your jurisdictions that heard tags in the range */
                            stations: {
                                /** @description tags per minute, over the minutes it heard any */
                                avgTags: number;
                                lat: number | null;
                                lon: number | null;
                                /** @description minutes in which it heard any tag */
                                minutes: number;
                                name: string;
                                /** @description the most tags heard in one minute */
                                peakTags: number;
                                sightings: number;
                                stationId: string;
                            }[];
                            /**
                             * Format: date-time
                             * @description end of the last minute
                             */
                            to: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** API tokens (never their secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                /** @description who the audit trail names when the token acts: its creator (personal) or its service account (svc-<id>) */
                                actorId: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                createdByName: string;
                                /** Format: date-time */
                                expiresAt: string | null;
                                id: string;
                                /** @enum {unknown} */
                                kind: "personal" | "service";
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                                /** @enum {unknown} */
                                role: "admin" | "operator" | "police" | "installer" | "owner";
                                scopes: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an API token of your own (personal) or for a service account reaching no further than you; the token is shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresInDays?: number;
                        /**
                         * @description personal (default): acts for you, and the audit trail names you, via this token; service: a service account of its own
                         * @enum {unknown}
                         */
                        kind?: "personal" | "service";
                        name: string;
                        /**
                         * @description a service token's role (yours when absent); it may reach no further than yours
                         * @enum {unknown}
                         */
                        role?: "admin" | "operator" | "police" | "installer";
                        scopes: ("devices" | "people" | "organisation" | "map" | "audit" | "metrics" | "notifications" | "bikes" | "cases" | "alarms")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            info: {
                                /** @description who the audit trail names when the token acts: its creator (personal) or its service account (svc-<id>) */
                                actorId: string;
                                /** Format: date-time */
                                createdAt: string;
                                createdBy: string;
                                createdByName: string;
                                /** Format: date-time */
                                expiresAt: string | null;
                                id: string;
                                /** @enum {unknown} */
                                kind: "personal" | "service";
                                /** Format: date-time */
                                lastUsedAt: string | null;
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                                /** @enum {unknown} */
                                role: "admin" | "operator" | "police" | "installer" | "owner";
                                scopes: string[];
                            };
                            token: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Units (parties) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            units: {
                                id: string;
                                jurisdictionId?: string | null;
                                /** @enum {unknown} */
                                kind: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command" | "installer" | "administration";
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or rename a unit */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        jurisdictionId?: string | null;
                        /** @enum {unknown} */
                        kind: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command" | "installer" | "administration";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/units/{id}/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** How a unit is told of the alarms it is a party to: webhooks, MQTT subscriptions, text messages to its members (the live feed always) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description MQTT subscriptions of the unit's integrations */
                        mqttSubscriptions: string[];
                        /** @description text messages to its members' phones */
                        smsMembers: boolean;
                        /** @description webhook endpoints (POST /api/v1/notifications/webhooks) the unit is told through */
                        webhookEndpoints: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @description MQTT subscriptions of the unit's integrations */
                                mqttSubscriptions: string[];
                                /** @description text messages to its members' phones */
                                smsMembers: boolean;
                                /** @description webhook endpoints (POST /api/v1/notifications/webhooks) the unit is told through */
                                webhookEndpoints: string[];
                            };
                            unitId: string;
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff accounts */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                /** Format: date-time */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                id: string;
                                isDemo: boolean;
                                jurisdictions: string[];
                                /** @description masked */
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "admin" | "operator" | "police" | "installer";
                                unitId: string | null;
                                username: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a staff account */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        jurisdictions?: string[];
                        password: string;
                        phone?: string;
                        /** @enum {unknown} */
                        role: "admin" | "operator" | "police" | "installer";
                        unitId?: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                id: string;
                                isDemo: boolean;
                                jurisdictions: string[];
                                /** @description masked */
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "admin" | "operator" | "police" | "installer";
                                unitId: string | null;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, set a password, disable or enable a staff account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        displayName?: string;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: date-time */
                                createdAt: string;
                                disabled: boolean;
                                displayName: string;
                                id: string;
                                isDemo: boolean;
                                jurisdictions: string[];
                                /** @description masked */
                                phone: string | null;
                                /** @enum {unknown} */
                                role: "admin" | "operator" | "police" | "installer";
                                unitId: string | null;
                                username: string;
                            };
                        };
                    };
                };
                /** @description Every refusal: a code and a sentence saying why */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/watchlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The tags on the watchlist now, in your jurisdictions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            watchlist: {
                                bike: {
                                    brand: string;
                                    colour: string;
                                    hasPhoto: boolean;
                                    id: string;
                                    model: string;
                                    plate: string;
                                };
                                caseId: string;
                                caseNumber: number;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: date-time */
                                lastHitAt: string | null;
                                /**
                                 * @description how urgently police act on a hit
                                 * @enum {unknown}
                                 */
                                level: "normal" | "high" | "urgent";
                                /** @enum {unknown} */
                                status: "reported" | "sighted" | "recovered" | "closed";
                                tagId: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/watchlist/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Hits by review status in your jurisdictions, and the share of reviewed hits that were false */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confirmed: number;
                            false: number;
                            /** @description false ÷ (confirmed + false): the share of reviewed hits that were wrong; null before any review */
                            falseShare: number | null;
                            unconfirmed: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Alarm: {
            /** Format: date-time */
            callAnsweredAt: string | null;
            /** @description the pillar's two-way voice is open */
            callOpen: boolean;
            /** Format: date-time */
            closedAt: string | null;
            /** Format: date-time */
            dispatchedAt: string | null;
            disposition: string | null;
            genuine: boolean | null;
            /** @description the "help is on its way" downlink to the pillar, and whether the pillar acknowledged it */
            help: {
                /** Format: date-time */
                acknowledgedAt: string | null;
                /** @description the Downlink command, as firmware-protocol's DownlinkCommand */
                command: unknown;
                /** Format: date-time */
                createdAt: string;
                detail: string | null;
                /** Format: date-time */
                expiresAt: string;
                id: number;
                purpose: string;
                sends: number;
                /** Format: date-time */
                sentAt: string | null;
                /** @enum {unknown} */
                status: "queued" | "sent" | "acknowledged" | "rejected" | "failed" | "unsupported" | "expired";
            } | null;
            id: string;
            jurisdictions: string[];
            /** Format: date-time */
            onSceneAt: string | null;
            /** @description the five-party board */
            parties: {
                /** Format: date-time */
                acknowledgedAt: string | null;
                acknowledgedBy: string | null;
                /** Format: date-time */
                arrivedAt: string | null;
                cards: {
                    /** Format: date-time */
                    at: string;
                    /** @enum {unknown} */
                    level: "yellow" | "red";
                    obligation: string;
                    points: number;
                }[];
                /** Format: date-time */
                dispatchedAt: string | null;
                /** @description the next reminder and each pending limit */
                due: {
                    /** Format: date-time */
                    acknowledge: string | null;
                    /** Format: date-time */
                    arrive: string | null;
                    /** Format: date-time */
                    dispatch: string | null;
                    /** Format: date-time */
                    remind: string | null;
                };
                /** Format: date-time */
                lastRemindedAt: string | null;
                /**
                 * @description supervision: normal, yellow card, red card
                 * @enum {unknown}
                 */
                level: "normal" | "yellow" | "red";
                mustAcknowledge: boolean;
                /** Format: date-time */
                notifiedAt: string;
                reminders: number;
                /** @enum {unknown} */
                role: "governance_centre" | "police_station" | "town_command" | "district_centre" | "police_command";
                unitId: string;
                unitName: string;
            }[];
            pillar: {
                camera: {
                    channelId: string | null;
                    /** @description the camera's alarm coordinate */
                    coordinate: string | null;
                    /** @enum {unknown} */
                    kind: "rtsp" | "hls" | "webrtc" | "gb28181";
                    name: string;
                    url: string | null;
                } | null;
                coordinate: string | null;
                id: string;
                lat: number | null;
                lon: number | null;
                name: string;
                presence: string;
            };
            presses: number;
            /** Format: date-time */
            raisedAt: string;
            /** Format: date-time */
            receivedAt: string | null;
            severity: ("low" | "medium" | "high") | (never | null);
            /** @enum {unknown} */
            state: "raised" | "received" | "call_answered" | "verified" | "dispatched" | "on_scene" | "closed";
            /** Format: date-time */
            verifiedAt: string | null;
        };
        Bike: {
            brand: string;
            /** @description the case open on it (reported stolen) */
            case: {
                id: string;
                status: string;
            } | null;
            colour: string;
            /** @description the owner's key fob, if bound */
            fobTagId: number | (never | null);
            /** @description 车架号 */
            frameNumber: string;
            hasPhoto: boolean;
            id: string;
            model: string;
            /** @description 电机号 */
            motorNumber: string;
            owner: {
                displayName: string;
                id: string;
                masked: boolean;
                phone: string | null;
            };
            /** @description 号牌 */
            plate: string;
            /** Format: date-time */
            registeredAt: string;
            /** @description the tag's 32-bit chip id, as base stations report it */
            tagId: number | null;
            /** Format: date-time */
            updatedAt: string;
        };
        Case: {
            bike: {
                brand: string;
                colour: string;
                hasPhoto: boolean;
                id: string;
                model: string;
                plate: string;
            };
            /** Format: date-time */
            closedAt: string | null;
            description: string;
            fromAlertId: number | null;
            hits: {
                confirmed: number;
                false: number;
                unconfirmed: number;
            };
            id: string;
            /** @description where the bike was last seen (and the areas above): police there reach the case */
            jurisdictions: string[];
            /** Format: date-time */
            lastSeenAt: string;
            lastSeenLat: number | null;
            lastSeenLon: number | null;
            lastSeenPlace: string;
            number: number;
            /** @description the officer in charge: hits are texted to them */
            officerId: string | null;
            ownerId: string;
            /** Format: date-time */
            reportedAt: string;
            reportedBy: string | null;
            /** @enum {unknown} */
            status: "reported" | "sighted" | "recovered" | "closed";
            watch: {
                active: boolean;
                /** Format: date-time */
                addedAt: string;
                /** Format: date-time */
                expiresAt: string;
                /**
                 * @description how urgently police act on a hit
                 * @enum {unknown}
                 */
                level: "normal" | "high" | "urgent";
                tagId: number;
            } | null;
        };
        Device: {
            /** @description the interval the device reports, else its kind’s default */
            heartbeatIntervalS: number;
            id: string;
            /** @description the jurisdictions it stands in, their ancestors included */
            jurisdictions: string[];
            /** @enum {unknown} */
            kind: "pillar" | "station" | "tag";
            /** Format: date-time */
            lastSeenAt: string | null;
            lat: number | null;
            lon: number | null;
            name: string;
            /** @description silence after which the device counts as offline */
            offlineAfterS: number;
            /**
             * @description placed in a jurisdiction, outside every boundary (flagged), or without a position
             * @enum {unknown}
             */
            placement: "placed" | "outside" | "no_position";
            /** @enum {unknown} */
            presence: "never_seen" | "online" | "offline";
            /** Format: date-time */
            presenceSince: string | null;
            /** Format: date-time */
            registeredAt: string;
        };
        /** @description Every refusal: a code and a sentence saying why */
        Error: {
            /** @description stable machine-readable code */
            code: string;
            /** @description what else the caller needs to fix it, e.g. every refused row of an import */
            details?: unknown;
            message: string;
        };
        Me: {
            displayName: string;
            id: string;
            isDemo: boolean;
            jurisdictions: string[];
            /** @description the dashboard view this role starts on */
            landing: string;
            /** @description the language chosen for the dashboard and text messages; null: follow the browser */
            locale: (never | null) | ("zh-CN" | "en");
            phone: string | null;
            /** @enum {unknown} */
            role: "admin" | "operator" | "police" | "installer" | "owner";
            /** @description the platform's time zone (IANA), in which the dashboard shows times */
            timeZone: string;
            unitId: string | null;
            username: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
