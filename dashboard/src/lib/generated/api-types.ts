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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
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
