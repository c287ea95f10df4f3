/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const watchpost = $root.watchpost = (() => {

    /**
     * Namespace watchpost.
     * @exports watchpost
     * @namespace
     */
    const watchpost = {};

    watchpost.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof watchpost
         * @namespace
         */
        const v1 = {};

        /**
         * PowerSource enum.
         * @name watchpost.v1.PowerSource
         * @enum {number}
         * @property {number} POWER_SOURCE_UNSPECIFIED=0 POWER_SOURCE_UNSPECIFIED value
         * @property {number} POWER_SOURCE_MAINS=1 POWER_SOURCE_MAINS value
         * @property {number} POWER_SOURCE_BATTERY=2 POWER_SOURCE_BATTERY value
         */
        v1.PowerSource = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "POWER_SOURCE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "POWER_SOURCE_MAINS"] = 1;
            values[valuesById[2] = "POWER_SOURCE_BATTERY"] = 2;
            return values;
        })();

        /**
         * CameraStatus enum.
         * @name watchpost.v1.CameraStatus
         * @enum {number}
         * @property {number} CAMERA_STATUS_UNSPECIFIED=0 CAMERA_STATUS_UNSPECIFIED value
         * @property {number} CAMERA_STATUS_OK=1 CAMERA_STATUS_OK value
         * @property {number} CAMERA_STATUS_OFFLINE=2 CAMERA_STATUS_OFFLINE value
         * @property {number} CAMERA_STATUS_FAULT=3 CAMERA_STATUS_FAULT value
         */
        v1.CameraStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CAMERA_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "CAMERA_STATUS_OK"] = 1;
            values[valuesById[2] = "CAMERA_STATUS_OFFLINE"] = 2;
            values[valuesById[3] = "CAMERA_STATUS_FAULT"] = 3;
            return values;
        })();

        /**
         * BackhaulType enum.
         * @name watchpost.v1.BackhaulType
         * @enum {number}
         * @property {number} BACKHAUL_TYPE_UNSPECIFIED=0 BACKHAUL_TYPE_UNSPECIFIED value
         * @property {number} BACKHAUL_TYPE_ETHERNET=1 BACKHAUL_TYPE_ETHERNET value
         * @property {number} BACKHAUL_TYPE_CELLULAR=2 BACKHAUL_TYPE_CELLULAR value
         * @property {number} BACKHAUL_TYPE_FIBER=3 BACKHAUL_TYPE_FIBER value
         */
        v1.BackhaulType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "BACKHAUL_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BACKHAUL_TYPE_ETHERNET"] = 1;
            values[valuesById[2] = "BACKHAUL_TYPE_CELLULAR"] = 2;
            values[valuesById[3] = "BACKHAUL_TYPE_FIBER"] = 3;
            return values;
        })();

        /**
         * PillarEventType enum.
         * @name watchpost.v1.PillarEventType
         * @enum {number}
         * @property {number} PILLAR_EVENT_TYPE_UNSPECIFIED=0 PILLAR_EVENT_TYPE_UNSPECIFIED value
         * @property {number} PILLAR_EVENT_TYPE_BUTTON_PRESSED=1 PILLAR_EVENT_TYPE_BUTTON_PRESSED value
         * @property {number} PILLAR_EVENT_TYPE_BUTTON_RELEASED=2 PILLAR_EVENT_TYPE_BUTTON_RELEASED value
         * @property {number} PILLAR_EVENT_TYPE_CALL_STARTED=3 PILLAR_EVENT_TYPE_CALL_STARTED value
         * @property {number} PILLAR_EVENT_TYPE_CALL_ENDED=4 PILLAR_EVENT_TYPE_CALL_ENDED value
         * @property {number} PILLAR_EVENT_TYPE_TAMPER_OPENED=5 PILLAR_EVENT_TYPE_TAMPER_OPENED value
         * @property {number} PILLAR_EVENT_TYPE_TAMPER_CLOSED=6 PILLAR_EVENT_TYPE_TAMPER_CLOSED value
         * @property {number} PILLAR_EVENT_TYPE_POWER_LOST=7 PILLAR_EVENT_TYPE_POWER_LOST value
         * @property {number} PILLAR_EVENT_TYPE_POWER_RESTORED=8 PILLAR_EVENT_TYPE_POWER_RESTORED value
         * @property {number} PILLAR_EVENT_TYPE_CAMERA_OFFLINE=9 PILLAR_EVENT_TYPE_CAMERA_OFFLINE value
         * @property {number} PILLAR_EVENT_TYPE_CAMERA_ONLINE=10 PILLAR_EVENT_TYPE_CAMERA_ONLINE value
         */
        v1.PillarEventType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PILLAR_EVENT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PILLAR_EVENT_TYPE_BUTTON_PRESSED"] = 1;
            values[valuesById[2] = "PILLAR_EVENT_TYPE_BUTTON_RELEASED"] = 2;
            values[valuesById[3] = "PILLAR_EVENT_TYPE_CALL_STARTED"] = 3;
            values[valuesById[4] = "PILLAR_EVENT_TYPE_CALL_ENDED"] = 4;
            values[valuesById[5] = "PILLAR_EVENT_TYPE_TAMPER_OPENED"] = 5;
            values[valuesById[6] = "PILLAR_EVENT_TYPE_TAMPER_CLOSED"] = 6;
            values[valuesById[7] = "PILLAR_EVENT_TYPE_POWER_LOST"] = 7;
            values[valuesById[8] = "PILLAR_EVENT_TYPE_POWER_RESTORED"] = 8;
            values[valuesById[9] = "PILLAR_EVENT_TYPE_CAMERA_OFFLINE"] = 9;
            values[valuesById[10] = "PILLAR_EVENT_TYPE_CAMERA_ONLINE"] = 10;
            return values;
        })();

        /**
         * AckStatus enum.
         * @name watchpost.v1.AckStatus
         * @enum {number}
         * @property {number} ACK_STATUS_UNSPECIFIED=0 ACK_STATUS_UNSPECIFIED value
         * @property {number} ACK_STATUS_OK=1 ACK_STATUS_OK value
         * @property {number} ACK_STATUS_REJECTED=2 ACK_STATUS_REJECTED value
         * @property {number} ACK_STATUS_FAILED=3 ACK_STATUS_FAILED value
         * @property {number} ACK_STATUS_UNSUPPORTED=4 ACK_STATUS_UNSUPPORTED value
         */
        v1.AckStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACK_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACK_STATUS_OK"] = 1;
            values[valuesById[2] = "ACK_STATUS_REJECTED"] = 2;
            values[valuesById[3] = "ACK_STATUS_FAILED"] = 3;
            values[valuesById[4] = "ACK_STATUS_UNSUPPORTED"] = 4;
            return values;
        })();

        v1.Downlink = (function() {

            /**
             * Properties of a Downlink.
             * @typedef {Object} watchpost.v1.Downlink.$Properties
             * @property {number|null} [commandId] Downlink commandId
             * @property {number|Long|null} [issuedMs] Downlink issuedMs
             * @property {number|Long|null} [expiresMs] Downlink expiresMs
             * @property {watchpost.v1.SetHeartbeatInterval.$Properties|null} [setHeartbeatInterval] Downlink setHeartbeatInterval
             * @property {watchpost.v1.Reboot.$Properties|null} [reboot] Downlink reboot
             * @property {watchpost.v1.SetCallState.$Properties|null} [setCallState] Downlink setCallState
             * @property {watchpost.v1.SetSightingWindow.$Properties|null} [setSightingWindow] Downlink setSightingWindow
             * @property {watchpost.v1.NotifyCaller.$Properties|null} [notifyCaller] Downlink notifyCaller
             * @property {Uint8Array|null} [mac] Downlink mac
             * @property {"setHeartbeatInterval"|"reboot"|"setCallState"|"setSightingWindow"|"notifyCaller"} [command] Downlink command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Downlink.
             * @memberof watchpost.v1
             * @interface IDownlink
             * @augments watchpost.v1.Downlink.$Properties
             * @deprecated Use watchpost.v1.Downlink.$Properties instead.
             */

            /**
             * Narrowed shape of a Downlink.
             * @typedef {{
             *   commandId?: number|null;
             *   issuedMs?: number|Long|null;
             *   expiresMs?: number|Long|null;
             *   setHeartbeatInterval?: watchpost.v1.SetHeartbeatInterval.$Shape|null;
             *   reboot?: watchpost.v1.Reboot.$Shape|null;
             *   setCallState?: watchpost.v1.SetCallState.$Shape|null;
             *   setSightingWindow?: watchpost.v1.SetSightingWindow.$Shape|null;
             *   notifyCaller?: watchpost.v1.NotifyCaller.$Shape|null;
             *   mac?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ command?: undefined; setHeartbeatInterval?: null; reboot?: null; setCallState?: null; setSightingWindow?: null; notifyCaller?: null }|{ command?: "setHeartbeatInterval"; setHeartbeatInterval: watchpost.v1.SetHeartbeatInterval.$Shape; reboot?: null; setCallState?: null; setSightingWindow?: null; notifyCaller?: null }|{ command?: "reboot"; setHeartbeatInterval?: null; reboot: watchpost.v1.Reboot.$Shape; setCallState?: null; setSightingWindow?: null; notifyCaller?: null }|{ command?: "setCallState"; setHeartbeatInterval?: null; reboot?: null; setCallState: watchpost.v1.SetCallState.$Shape; setSightingWindow?: null; notifyCaller?: null }|{ command?: "setSightingWindow"; setHeartbeatInterval?: null; reboot?: null; setCallState?: null; setSightingWindow: watchpost.v1.SetSightingWindow.$Shape; notifyCaller?: null }|{ command?: "notifyCaller"; setHeartbeatInterval?: null; reboot?: null; setCallState?: null; setSightingWindow?: null; notifyCaller: watchpost.v1.NotifyCaller.$Shape })
             * )} watchpost.v1.Downlink.$Shape
             */

            /**
             * Constructs a new Downlink.
             * @memberof watchpost.v1
             * @classdesc Represents a Downlink.
             * @constructor
             * @param {watchpost.v1.Downlink.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Downlink = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Downlink commandId.
             * @member {number} commandId
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.commandId = 0;

            /**
             * Downlink issuedMs.
             * @member {number|Long} issuedMs
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.issuedMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Downlink expiresMs.
             * @member {number|Long} expiresMs
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.expiresMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Downlink setHeartbeatInterval.
             * @member {watchpost.v1.SetHeartbeatInterval.$Properties|null|undefined} setHeartbeatInterval
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.setHeartbeatInterval = null;

            /**
             * Downlink reboot.
             * @member {watchpost.v1.Reboot.$Properties|null|undefined} reboot
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.reboot = null;

            /**
             * Downlink setCallState.
             * @member {watchpost.v1.SetCallState.$Properties|null|undefined} setCallState
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.setCallState = null;

            /**
             * Downlink setSightingWindow.
             * @member {watchpost.v1.SetSightingWindow.$Properties|null|undefined} setSightingWindow
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.setSightingWindow = null;

            /**
             * Downlink notifyCaller.
             * @member {watchpost.v1.NotifyCaller.$Properties|null|undefined} notifyCaller
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.notifyCaller = null;

            /**
             * Downlink mac.
             * @member {Uint8Array} mac
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            Downlink.prototype.mac = $util.newBuffer([]);

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Downlink command.
             * @member {"setHeartbeatInterval"|"reboot"|"setCallState"|"setSightingWindow"|"notifyCaller"|undefined} command
             * @memberof watchpost.v1.Downlink
             * @instance
             */
            $Object.defineProperty(Downlink.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["setHeartbeatInterval", "reboot", "setCallState", "setSightingWindow", "notifyCaller"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Downlink message. Does not implicitly {@link watchpost.v1.Downlink.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.Downlink
             * @static
             * @param {watchpost.v1.Downlink.$Properties} message Downlink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Downlink.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.commandId);
                if (message.issuedMs != null && $Object.hasOwnProperty.call(message, "issuedMs") && (typeof message.issuedMs === "object" ? message.issuedMs.low || message.issuedMs.high : message.issuedMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.issuedMs);
                if (message.expiresMs != null && $Object.hasOwnProperty.call(message, "expiresMs") && (typeof message.expiresMs === "object" ? message.expiresMs.low || message.expiresMs.high : message.expiresMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.expiresMs);
                if (message.setHeartbeatInterval != null && $Object.hasOwnProperty.call(message, "setHeartbeatInterval"))
                    $root.watchpost.v1.SetHeartbeatInterval.encode(message.setHeartbeatInterval, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.reboot != null && $Object.hasOwnProperty.call(message, "reboot"))
                    $root.watchpost.v1.Reboot.encode(message.reboot, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.setCallState != null && $Object.hasOwnProperty.call(message, "setCallState"))
                    $root.watchpost.v1.SetCallState.encode(message.setCallState, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.setSightingWindow != null && $Object.hasOwnProperty.call(message, "setSightingWindow"))
                    $root.watchpost.v1.SetSightingWindow.encode(message.setSightingWindow, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.notifyCaller != null && $Object.hasOwnProperty.call(message, "notifyCaller"))
                    $root.watchpost.v1.NotifyCaller.encode(message.notifyCaller, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.mac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Downlink message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.Downlink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.Downlink & watchpost.v1.Downlink.$Shape} Downlink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Downlink.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.Downlink();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedMs = value;
                            else
                                delete message.issuedMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresMs = value;
                            else
                                delete message.expiresMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.setHeartbeatInterval = $root.watchpost.v1.SetHeartbeatInterval.decode(reader, reader.size(), $undefined, _depth + 1, message.setHeartbeatInterval);
                            message.command = "setHeartbeatInterval";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.reboot = $root.watchpost.v1.Reboot.decode(reader, reader.size(), $undefined, _depth + 1, message.reboot);
                            message.command = "reboot";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.setCallState = $root.watchpost.v1.SetCallState.decode(reader, reader.size(), $undefined, _depth + 1, message.setCallState);
                            message.command = "setCallState";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.setSightingWindow = $root.watchpost.v1.SetSightingWindow.decode(reader, reader.size(), $undefined, _depth + 1, message.setSightingWindow);
                            message.command = "setSightingWindow";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.notifyCaller = $root.watchpost.v1.NotifyCaller.decode(reader, reader.size(), $undefined, _depth + 1, message.notifyCaller);
                            message.command = "notifyCaller";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Downlink;
        })();

        v1.SetHeartbeatInterval = (function() {

            /**
             * Properties of a SetHeartbeatInterval.
             * @typedef {Object} watchpost.v1.SetHeartbeatInterval.$Properties
             * @property {number|null} [intervalS] SetHeartbeatInterval intervalS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetHeartbeatInterval.
             * @memberof watchpost.v1
             * @interface ISetHeartbeatInterval
             * @augments watchpost.v1.SetHeartbeatInterval.$Properties
             * @deprecated Use watchpost.v1.SetHeartbeatInterval.$Properties instead.
             */

            /**
             * Shape of a SetHeartbeatInterval.
             * @typedef {watchpost.v1.SetHeartbeatInterval.$Properties} watchpost.v1.SetHeartbeatInterval.$Shape
             */

            /**
             * Constructs a new SetHeartbeatInterval.
             * @memberof watchpost.v1
             * @classdesc Represents a SetHeartbeatInterval.
             * @constructor
             * @param {watchpost.v1.SetHeartbeatInterval.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetHeartbeatInterval = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetHeartbeatInterval intervalS.
             * @member {number} intervalS
             * @memberof watchpost.v1.SetHeartbeatInterval
             * @instance
             */
            SetHeartbeatInterval.prototype.intervalS = 0;

            /**
             * Encodes the specified SetHeartbeatInterval message. Does not implicitly {@link watchpost.v1.SetHeartbeatInterval.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.SetHeartbeatInterval
             * @static
             * @param {watchpost.v1.SetHeartbeatInterval.$Properties} message SetHeartbeatInterval message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetHeartbeatInterval.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.intervalS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetHeartbeatInterval message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.SetHeartbeatInterval
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.SetHeartbeatInterval & watchpost.v1.SetHeartbeatInterval.$Shape} SetHeartbeatInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetHeartbeatInterval.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.SetHeartbeatInterval();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetHeartbeatInterval;
        })();

        v1.Reboot = (function() {

            /**
             * Properties of a Reboot.
             * @typedef {Object} watchpost.v1.Reboot.$Properties
             * @property {number|null} [delayS] Reboot delayS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reboot.
             * @memberof watchpost.v1
             * @interface IReboot
             * @augments watchpost.v1.Reboot.$Properties
             * @deprecated Use watchpost.v1.Reboot.$Properties instead.
             */

            /**
             * Shape of a Reboot.
             * @typedef {watchpost.v1.Reboot.$Properties} watchpost.v1.Reboot.$Shape
             */

            /**
             * Constructs a new Reboot.
             * @memberof watchpost.v1
             * @classdesc Represents a Reboot.
             * @constructor
             * @param {watchpost.v1.Reboot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reboot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reboot delayS.
             * @member {number} delayS
             * @memberof watchpost.v1.Reboot
             * @instance
             */
            Reboot.prototype.delayS = 0;

            /**
             * Encodes the specified Reboot message. Does not implicitly {@link watchpost.v1.Reboot.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.Reboot
             * @static
             * @param {watchpost.v1.Reboot.$Properties} message Reboot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reboot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.delayS != null && $Object.hasOwnProperty.call(message, "delayS") && message.delayS !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.delayS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Reboot message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.Reboot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.Reboot & watchpost.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reboot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.Reboot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayS = value;
                            else
                                delete message.delayS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Reboot;
        })();

        v1.SetCallState = (function() {

            /**
             * Properties of a SetCallState.
             * @typedef {Object} watchpost.v1.SetCallState.$Properties
             * @property {boolean|null} [open] SetCallState open
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetCallState.
             * @memberof watchpost.v1
             * @interface ISetCallState
             * @augments watchpost.v1.SetCallState.$Properties
             * @deprecated Use watchpost.v1.SetCallState.$Properties instead.
             */

            /**
             * Shape of a SetCallState.
             * @typedef {watchpost.v1.SetCallState.$Properties} watchpost.v1.SetCallState.$Shape
             */

            /**
             * Constructs a new SetCallState.
             * @memberof watchpost.v1
             * @classdesc Represents a SetCallState.
             * @constructor
             * @param {watchpost.v1.SetCallState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetCallState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetCallState open.
             * @member {boolean} open
             * @memberof watchpost.v1.SetCallState
             * @instance
             */
            SetCallState.prototype.open = false;

            /**
             * Encodes the specified SetCallState message. Does not implicitly {@link watchpost.v1.SetCallState.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.SetCallState
             * @static
             * @param {watchpost.v1.SetCallState.$Properties} message SetCallState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetCallState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.open != null && $Object.hasOwnProperty.call(message, "open") && message.open !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.open);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetCallState message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.SetCallState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.SetCallState & watchpost.v1.SetCallState.$Shape} SetCallState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetCallState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.SetCallState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.open = value;
                            else
                                delete message.open;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetCallState;
        })();

        v1.SetSightingWindow = (function() {

            /**
             * Properties of a SetSightingWindow.
             * @typedef {Object} watchpost.v1.SetSightingWindow.$Properties
             * @property {number|null} [windowMs] SetSightingWindow windowMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetSightingWindow.
             * @memberof watchpost.v1
             * @interface ISetSightingWindow
             * @augments watchpost.v1.SetSightingWindow.$Properties
             * @deprecated Use watchpost.v1.SetSightingWindow.$Properties instead.
             */

            /**
             * Shape of a SetSightingWindow.
             * @typedef {watchpost.v1.SetSightingWindow.$Properties} watchpost.v1.SetSightingWindow.$Shape
             */

            /**
             * Constructs a new SetSightingWindow.
             * @memberof watchpost.v1
             * @classdesc Represents a SetSightingWindow.
             * @constructor
             * @param {watchpost.v1.SetSightingWindow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetSightingWindow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetSightingWindow windowMs.
             * @member {number} windowMs
             * @memberof watchpost.v1.SetSightingWindow
             * @instance
             */
            SetSightingWindow.prototype.windowMs = 0;

            /**
             * Encodes the specified SetSightingWindow message. Does not implicitly {@link watchpost.v1.SetSightingWindow.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.SetSightingWindow
             * @static
             * @param {watchpost.v1.SetSightingWindow.$Properties} message SetSightingWindow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetSightingWindow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.windowMs != null && $Object.hasOwnProperty.call(message, "windowMs") && message.windowMs !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.windowMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetSightingWindow message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.SetSightingWindow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.SetSightingWindow & watchpost.v1.SetSightingWindow.$Shape} SetSightingWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetSightingWindow.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.SetSightingWindow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowMs = value;
                            else
                                delete message.windowMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SetSightingWindow;
        })();

        v1.NotifyCaller = (function() {

            /**
             * Properties of a NotifyCaller.
             * @typedef {Object} watchpost.v1.NotifyCaller.$Properties
             * @property {watchpost.v1.LampPattern|null} [lamp] NotifyCaller lamp
             * @property {number|null} [lampS] NotifyCaller lampS
             * @property {string|null} [promptId] NotifyCaller promptId
             * @property {number|null} [promptRepeat] NotifyCaller promptRepeat
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotifyCaller.
             * @memberof watchpost.v1
             * @interface INotifyCaller
             * @augments watchpost.v1.NotifyCaller.$Properties
             * @deprecated Use watchpost.v1.NotifyCaller.$Properties instead.
             */

            /**
             * Shape of a NotifyCaller.
             * @typedef {watchpost.v1.NotifyCaller.$Properties} watchpost.v1.NotifyCaller.$Shape
             */

            /**
             * Constructs a new NotifyCaller.
             * @memberof watchpost.v1
             * @classdesc Represents a NotifyCaller.
             * @constructor
             * @param {watchpost.v1.NotifyCaller.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotifyCaller = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NotifyCaller lamp.
             * @member {watchpost.v1.LampPattern} lamp
             * @memberof watchpost.v1.NotifyCaller
             * @instance
             */
            NotifyCaller.prototype.lamp = 0;

            /**
             * NotifyCaller lampS.
             * @member {number} lampS
             * @memberof watchpost.v1.NotifyCaller
             * @instance
             */
            NotifyCaller.prototype.lampS = 0;

            /**
             * NotifyCaller promptId.
             * @member {string} promptId
             * @memberof watchpost.v1.NotifyCaller
             * @instance
             */
            NotifyCaller.prototype.promptId = "";

            /**
             * NotifyCaller promptRepeat.
             * @member {number} promptRepeat
             * @memberof watchpost.v1.NotifyCaller
             * @instance
             */
            NotifyCaller.prototype.promptRepeat = 0;

            /**
             * Encodes the specified NotifyCaller message. Does not implicitly {@link watchpost.v1.NotifyCaller.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.NotifyCaller
             * @static
             * @param {watchpost.v1.NotifyCaller.$Properties} message NotifyCaller message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotifyCaller.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lamp != null && $Object.hasOwnProperty.call(message, "lamp") && message.lamp !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.lamp);
                if (message.lampS != null && $Object.hasOwnProperty.call(message, "lampS") && message.lampS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.lampS);
                if (message.promptId != null && $Object.hasOwnProperty.call(message, "promptId") && message.promptId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.promptId);
                if (message.promptRepeat != null && $Object.hasOwnProperty.call(message, "promptRepeat") && message.promptRepeat !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.promptRepeat);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NotifyCaller message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.NotifyCaller
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.NotifyCaller & watchpost.v1.NotifyCaller.$Shape} NotifyCaller
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotifyCaller.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.NotifyCaller();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.lamp = value;
                            else
                                delete message.lamp;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lampS = value;
                            else
                                delete message.lampS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.promptId = value;
                            else
                                delete message.promptId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.promptRepeat = value;
                            else
                                delete message.promptRepeat;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return NotifyCaller;
        })();

        /**
         * LampPattern enum.
         * @name watchpost.v1.LampPattern
         * @enum {number}
         * @property {number} LAMP_PATTERN_UNSPECIFIED=0 LAMP_PATTERN_UNSPECIFIED value
         * @property {number} LAMP_PATTERN_OFF=1 LAMP_PATTERN_OFF value
         * @property {number} LAMP_PATTERN_STEADY=2 LAMP_PATTERN_STEADY value
         * @property {number} LAMP_PATTERN_BLINK=3 LAMP_PATTERN_BLINK value
         */
        v1.LampPattern = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LAMP_PATTERN_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LAMP_PATTERN_OFF"] = 1;
            values[valuesById[2] = "LAMP_PATTERN_STEADY"] = 2;
            values[valuesById[3] = "LAMP_PATTERN_BLINK"] = 3;
            return values;
        })();

        v1.Uplink = (function() {

            /**
             * Properties of an Uplink.
             * @typedef {Object} watchpost.v1.Uplink.$Properties
             * @property {string|null} [deviceId] Uplink deviceId
             * @property {number|null} [seq] Uplink seq
             * @property {number|Long|null} [deviceTimeMs] Uplink deviceTimeMs
             * @property {watchpost.v1.PillarHeartbeat.$Properties|null} [pillarHeartbeat] Uplink pillarHeartbeat
             * @property {watchpost.v1.StationHeartbeat.$Properties|null} [stationHeartbeat] Uplink stationHeartbeat
             * @property {watchpost.v1.TagHeartbeat.$Properties|null} [tagHeartbeat] Uplink tagHeartbeat
             * @property {watchpost.v1.SightingBatch.$Properties|null} [sightingBatch] Uplink sightingBatch
             * @property {watchpost.v1.PillarEvent.$Properties|null} [pillarEvent] Uplink pillarEvent
             * @property {watchpost.v1.GpsFix.$Properties|null} [gpsFix] Uplink gpsFix
             * @property {watchpost.v1.CommandAck.$Properties|null} [commandAck] Uplink commandAck
             * @property {Uint8Array|null} [mac] Uplink mac
             * @property {"pillarHeartbeat"|"stationHeartbeat"|"tagHeartbeat"|"sightingBatch"|"pillarEvent"|"gpsFix"|"commandAck"} [body] Uplink body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Uplink.
             * @memberof watchpost.v1
             * @interface IUplink
             * @augments watchpost.v1.Uplink.$Properties
             * @deprecated Use watchpost.v1.Uplink.$Properties instead.
             */

            /**
             * Narrowed shape of an Uplink.
             * @typedef {{
             *   deviceId?: string|null;
             *   seq?: number|null;
             *   deviceTimeMs?: number|Long|null;
             *   pillarHeartbeat?: watchpost.v1.PillarHeartbeat.$Shape|null;
             *   stationHeartbeat?: watchpost.v1.StationHeartbeat.$Shape|null;
             *   tagHeartbeat?: watchpost.v1.TagHeartbeat.$Shape|null;
             *   sightingBatch?: watchpost.v1.SightingBatch.$Shape|null;
             *   pillarEvent?: watchpost.v1.PillarEvent.$Shape|null;
             *   gpsFix?: watchpost.v1.GpsFix.$Shape|null;
             *   commandAck?: watchpost.v1.CommandAck.$Shape|null;
             *   mac?: Uint8Array|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "pillarHeartbeat"; pillarHeartbeat: watchpost.v1.PillarHeartbeat.$Shape; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "stationHeartbeat"; pillarHeartbeat?: null; stationHeartbeat: watchpost.v1.StationHeartbeat.$Shape; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "tagHeartbeat"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat: watchpost.v1.TagHeartbeat.$Shape; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "sightingBatch"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch: watchpost.v1.SightingBatch.$Shape; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "pillarEvent"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent: watchpost.v1.PillarEvent.$Shape; gpsFix?: null; commandAck?: null }|{ body?: "gpsFix"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix: watchpost.v1.GpsFix.$Shape; commandAck?: null }|{ body?: "commandAck"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck: watchpost.v1.CommandAck.$Shape })
             * )} watchpost.v1.Uplink.$Shape
             */

            /**
             * Constructs a new Uplink.
             * @memberof watchpost.v1
             * @classdesc Represents an Uplink.
             * @constructor
             * @param {watchpost.v1.Uplink.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Uplink = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Uplink deviceId.
             * @member {string} deviceId
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.deviceId = "";

            /**
             * Uplink seq.
             * @member {number} seq
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.seq = 0;

            /**
             * Uplink deviceTimeMs.
             * @member {number|Long} deviceTimeMs
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.deviceTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Uplink pillarHeartbeat.
             * @member {watchpost.v1.PillarHeartbeat.$Properties|null|undefined} pillarHeartbeat
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.pillarHeartbeat = null;

            /**
             * Uplink stationHeartbeat.
             * @member {watchpost.v1.StationHeartbeat.$Properties|null|undefined} stationHeartbeat
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.stationHeartbeat = null;

            /**
             * Uplink tagHeartbeat.
             * @member {watchpost.v1.TagHeartbeat.$Properties|null|undefined} tagHeartbeat
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.tagHeartbeat = null;

            /**
             * Uplink sightingBatch.
             * @member {watchpost.v1.SightingBatch.$Properties|null|undefined} sightingBatch
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.sightingBatch = null;

            /**
             * Uplink pillarEvent.
             * @member {watchpost.v1.PillarEvent.$Properties|null|undefined} pillarEvent
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.pillarEvent = null;

            /**
             * Uplink gpsFix.
             * @member {watchpost.v1.GpsFix.$Properties|null|undefined} gpsFix
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.gpsFix = null;

            /**
             * Uplink commandAck.
             * @member {watchpost.v1.CommandAck.$Properties|null|undefined} commandAck
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.commandAck = null;

            /**
             * Uplink mac.
             * @member {Uint8Array} mac
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            Uplink.prototype.mac = $util.newBuffer([]);

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Uplink body.
             * @member {"pillarHeartbeat"|"stationHeartbeat"|"tagHeartbeat"|"sightingBatch"|"pillarEvent"|"gpsFix"|"commandAck"|undefined} body
             * @memberof watchpost.v1.Uplink
             * @instance
             */
            $Object.defineProperty(Uplink.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["pillarHeartbeat", "stationHeartbeat", "tagHeartbeat", "sightingBatch", "pillarEvent", "gpsFix", "commandAck"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Uplink message. Does not implicitly {@link watchpost.v1.Uplink.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.Uplink
             * @static
             * @param {watchpost.v1.Uplink.$Properties} message Uplink message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Uplink.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.deviceId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seq);
                if (message.deviceTimeMs != null && $Object.hasOwnProperty.call(message, "deviceTimeMs") && (typeof message.deviceTimeMs === "object" ? message.deviceTimeMs.low || message.deviceTimeMs.high : message.deviceTimeMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.deviceTimeMs);
                if (message.pillarHeartbeat != null && $Object.hasOwnProperty.call(message, "pillarHeartbeat"))
                    $root.watchpost.v1.PillarHeartbeat.encode(message.pillarHeartbeat, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.stationHeartbeat != null && $Object.hasOwnProperty.call(message, "stationHeartbeat"))
                    $root.watchpost.v1.StationHeartbeat.encode(message.stationHeartbeat, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.tagHeartbeat != null && $Object.hasOwnProperty.call(message, "tagHeartbeat"))
                    $root.watchpost.v1.TagHeartbeat.encode(message.tagHeartbeat, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.sightingBatch != null && $Object.hasOwnProperty.call(message, "sightingBatch"))
                    $root.watchpost.v1.SightingBatch.encode(message.sightingBatch, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.pillarEvent != null && $Object.hasOwnProperty.call(message, "pillarEvent"))
                    $root.watchpost.v1.PillarEvent.encode(message.pillarEvent, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.gpsFix != null && $Object.hasOwnProperty.call(message, "gpsFix"))
                    $root.watchpost.v1.GpsFix.encode(message.gpsFix, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.commandAck != null && $Object.hasOwnProperty.call(message, "commandAck"))
                    $root.watchpost.v1.CommandAck.encode(message.commandAck, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.mac != null && $Object.hasOwnProperty.call(message, "mac") && message.mac.length)
                    writer.uint32(/* id 15, wireType 2 =*/122).bytes(message.mac);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Uplink message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.Uplink
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.Uplink & watchpost.v1.Uplink.$Shape} Uplink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Uplink.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.Uplink();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.deviceId = value;
                            else
                                delete message.deviceId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deviceTimeMs = value;
                            else
                                delete message.deviceTimeMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.pillarHeartbeat = $root.watchpost.v1.PillarHeartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.pillarHeartbeat);
                            message.body = "pillarHeartbeat";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.stationHeartbeat = $root.watchpost.v1.StationHeartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.stationHeartbeat);
                            message.body = "stationHeartbeat";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.tagHeartbeat = $root.watchpost.v1.TagHeartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.tagHeartbeat);
                            message.body = "tagHeartbeat";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.sightingBatch = $root.watchpost.v1.SightingBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.sightingBatch);
                            message.body = "sightingBatch";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.pillarEvent = $root.watchpost.v1.PillarEvent.decode(reader, reader.size(), $undefined, _depth + 1, message.pillarEvent);
                            message.body = "pillarEvent";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.gpsFix = $root.watchpost.v1.GpsFix.decode(reader, reader.size(), $undefined, _depth + 1, message.gpsFix);
                            message.body = "gpsFix";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.commandAck = $root.watchpost.v1.CommandAck.decode(reader, reader.size(), $undefined, _depth + 1, message.commandAck);
                            message.body = "commandAck";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.mac = value;
                            else
                                delete message.mac;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Uplink;
        })();

        v1.PillarHeartbeat = (function() {

            /**
             * Properties of a PillarHeartbeat.
             * @typedef {Object} watchpost.v1.PillarHeartbeat.$Properties
             * @property {watchpost.v1.PowerSource|null} [power] PillarHeartbeat power
             * @property {number|null} [batteryMv] PillarHeartbeat batteryMv
             * @property {boolean|null} [doorOpen] PillarHeartbeat doorOpen
             * @property {watchpost.v1.CameraStatus|null} [camera] PillarHeartbeat camera
             * @property {number|null} [intervalS] PillarHeartbeat intervalS
             * @property {string|null} [firmwareVersion] PillarHeartbeat firmwareVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PillarHeartbeat.
             * @memberof watchpost.v1
             * @interface IPillarHeartbeat
             * @augments watchpost.v1.PillarHeartbeat.$Properties
             * @deprecated Use watchpost.v1.PillarHeartbeat.$Properties instead.
             */

            /**
             * Shape of a PillarHeartbeat.
             * @typedef {watchpost.v1.PillarHeartbeat.$Properties} watchpost.v1.PillarHeartbeat.$Shape
             */

            /**
             * Constructs a new PillarHeartbeat.
             * @memberof watchpost.v1
             * @classdesc Represents a PillarHeartbeat.
             * @constructor
             * @param {watchpost.v1.PillarHeartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PillarHeartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PillarHeartbeat power.
             * @member {watchpost.v1.PowerSource} power
             * @memberof watchpost.v1.PillarHeartbeat
             * @instance
             */
            PillarHeartbeat.prototype.power = 0;

            /**
             * PillarHeartbeat batteryMv.
             * @member {number} batteryMv
             * @memberof watchpost.v1.PillarHeartbeat
             * @instance
             */
            PillarHeartbeat.prototype.batteryMv = 0;

            /**
             * PillarHeartbeat doorOpen.
             * @member {boolean} doorOpen
             * @memberof watchpost.v1.PillarHeartbeat
             * @instance
             */
            PillarHeartbeat.prototype.doorOpen = false;

            /**
             * PillarHeartbeat camera.
             * @member {watchpost.v1.CameraStatus} camera
             * @memberof watchpost.v1.PillarHeartbeat
             * @instance
             */
            PillarHeartbeat.prototype.camera = 0;

            /**
             * PillarHeartbeat intervalS.
             * @member {number} intervalS
             * @memberof watchpost.v1.PillarHeartbeat
             * @instance
             */
            PillarHeartbeat.prototype.intervalS = 0;

            /**
             * PillarHeartbeat firmwareVersion.
             * @member {string} firmwareVersion
             * @memberof watchpost.v1.PillarHeartbeat
             * @instance
             */
            PillarHeartbeat.prototype.firmwareVersion = "";

            /**
             * Encodes the specified PillarHeartbeat message. Does not implicitly {@link watchpost.v1.PillarHeartbeat.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.PillarHeartbeat
             * @static
             * @param {watchpost.v1.PillarHeartbeat.$Properties} message PillarHeartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PillarHeartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.power != null && $Object.hasOwnProperty.call(message, "power") && message.power !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.power);
                if (message.batteryMv != null && $Object.hasOwnProperty.call(message, "batteryMv") && message.batteryMv !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.batteryMv);
                if (message.doorOpen != null && $Object.hasOwnProperty.call(message, "doorOpen") && message.doorOpen !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.doorOpen);
                if (message.camera != null && $Object.hasOwnProperty.call(message, "camera") && message.camera !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.camera);
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.intervalS);
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.firmwareVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PillarHeartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.PillarHeartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.PillarHeartbeat & watchpost.v1.PillarHeartbeat.$Shape} PillarHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PillarHeartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.PillarHeartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.power = value;
                            else
                                delete message.power;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batteryMv = value;
                            else
                                delete message.batteryMv;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.doorOpen = value;
                            else
                                delete message.doorOpen;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.camera = value;
                            else
                                delete message.camera;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmwareVersion = value;
                            else
                                delete message.firmwareVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PillarHeartbeat;
        })();

        v1.StationHeartbeat = (function() {

            /**
             * Properties of a StationHeartbeat.
             * @typedef {Object} watchpost.v1.StationHeartbeat.$Properties
             * @property {number|null} [tagsHeard] StationHeartbeat tagsHeard
             * @property {watchpost.v1.BackhaulType|null} [backhaul] StationHeartbeat backhaul
             * @property {number|null} [backhaulRssiDbm] StationHeartbeat backhaulRssiDbm
             * @property {number|null} [intervalS] StationHeartbeat intervalS
             * @property {string|null} [firmwareVersion] StationHeartbeat firmwareVersion
             * @property {number|null} [uptimeS] StationHeartbeat uptimeS
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StationHeartbeat.
             * @memberof watchpost.v1
             * @interface IStationHeartbeat
             * @augments watchpost.v1.StationHeartbeat.$Properties
             * @deprecated Use watchpost.v1.StationHeartbeat.$Properties instead.
             */

            /**
             * Shape of a StationHeartbeat.
             * @typedef {watchpost.v1.StationHeartbeat.$Properties} watchpost.v1.StationHeartbeat.$Shape
             */

            /**
             * Constructs a new StationHeartbeat.
             * @memberof watchpost.v1
             * @classdesc Represents a StationHeartbeat.
             * @constructor
             * @param {watchpost.v1.StationHeartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StationHeartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StationHeartbeat tagsHeard.
             * @member {number} tagsHeard
             * @memberof watchpost.v1.StationHeartbeat
             * @instance
             */
            StationHeartbeat.prototype.tagsHeard = 0;

            /**
             * StationHeartbeat backhaul.
             * @member {watchpost.v1.BackhaulType} backhaul
             * @memberof watchpost.v1.StationHeartbeat
             * @instance
             */
            StationHeartbeat.prototype.backhaul = 0;

            /**
             * StationHeartbeat backhaulRssiDbm.
             * @member {number} backhaulRssiDbm
             * @memberof watchpost.v1.StationHeartbeat
             * @instance
             */
            StationHeartbeat.prototype.backhaulRssiDbm = 0;

            /**
             * StationHeartbeat intervalS.
             * @member {number} intervalS
             * @memberof watchpost.v1.StationHeartbeat
             * @instance
             */
            StationHeartbeat.prototype.intervalS = 0;

            /**
             * StationHeartbeat firmwareVersion.
             * @member {string} firmwareVersion
             * @memberof watchpost.v1.StationHeartbeat
             * @instance
             */
            StationHeartbeat.prototype.firmwareVersion = "";

            /**
             * StationHeartbeat uptimeS.
             * @member {number} uptimeS
             * @memberof watchpost.v1.StationHeartbeat
             * @instance
             */
            StationHeartbeat.prototype.uptimeS = 0;

            /**
             * Encodes the specified StationHeartbeat message. Does not implicitly {@link watchpost.v1.StationHeartbeat.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.StationHeartbeat
             * @static
             * @param {watchpost.v1.StationHeartbeat.$Properties} message StationHeartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StationHeartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tagsHeard != null && $Object.hasOwnProperty.call(message, "tagsHeard") && message.tagsHeard !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.tagsHeard);
                if (message.backhaul != null && $Object.hasOwnProperty.call(message, "backhaul") && message.backhaul !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.backhaul);
                if (message.backhaulRssiDbm != null && $Object.hasOwnProperty.call(message, "backhaulRssiDbm") && message.backhaulRssiDbm !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.backhaulRssiDbm);
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.intervalS);
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.firmwareVersion);
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && message.uptimeS !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.uptimeS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StationHeartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.StationHeartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.StationHeartbeat & watchpost.v1.StationHeartbeat.$Shape} StationHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StationHeartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.StationHeartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tagsHeard = value;
                            else
                                delete message.tagsHeard;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.backhaul = value;
                            else
                                delete message.backhaul;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.backhaulRssiDbm = value;
                            else
                                delete message.backhaulRssiDbm;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmwareVersion = value;
                            else
                                delete message.firmwareVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StationHeartbeat;
        })();

        v1.TagHeartbeat = (function() {

            /**
             * Properties of a TagHeartbeat.
             * @typedef {Object} watchpost.v1.TagHeartbeat.$Properties
             * @property {number|null} [batteryMv] TagHeartbeat batteryMv
             * @property {number|null} [intervalS] TagHeartbeat intervalS
             * @property {number|null} [signalDbm] TagHeartbeat signalDbm
             * @property {string|null} [firmwareVersion] TagHeartbeat firmwareVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TagHeartbeat.
             * @memberof watchpost.v1
             * @interface ITagHeartbeat
             * @augments watchpost.v1.TagHeartbeat.$Properties
             * @deprecated Use watchpost.v1.TagHeartbeat.$Properties instead.
             */

            /**
             * Shape of a TagHeartbeat.
             * @typedef {watchpost.v1.TagHeartbeat.$Properties} watchpost.v1.TagHeartbeat.$Shape
             */

            /**
             * Constructs a new TagHeartbeat.
             * @memberof watchpost.v1
             * @classdesc Represents a TagHeartbeat.
             * @constructor
             * @param {watchpost.v1.TagHeartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TagHeartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TagHeartbeat batteryMv.
             * @member {number} batteryMv
             * @memberof watchpost.v1.TagHeartbeat
             * @instance
             */
            TagHeartbeat.prototype.batteryMv = 0;

            /**
             * TagHeartbeat intervalS.
             * @member {number} intervalS
             * @memberof watchpost.v1.TagHeartbeat
             * @instance
             */
            TagHeartbeat.prototype.intervalS = 0;

            /**
             * TagHeartbeat signalDbm.
             * @member {number} signalDbm
             * @memberof watchpost.v1.TagHeartbeat
             * @instance
             */
            TagHeartbeat.prototype.signalDbm = 0;

            /**
             * TagHeartbeat firmwareVersion.
             * @member {string} firmwareVersion
             * @memberof watchpost.v1.TagHeartbeat
             * @instance
             */
            TagHeartbeat.prototype.firmwareVersion = "";

            /**
             * Encodes the specified TagHeartbeat message. Does not implicitly {@link watchpost.v1.TagHeartbeat.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.TagHeartbeat
             * @static
             * @param {watchpost.v1.TagHeartbeat.$Properties} message TagHeartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TagHeartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batteryMv != null && $Object.hasOwnProperty.call(message, "batteryMv") && message.batteryMv !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.batteryMv);
                if (message.intervalS != null && $Object.hasOwnProperty.call(message, "intervalS") && message.intervalS !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.intervalS);
                if (message.signalDbm != null && $Object.hasOwnProperty.call(message, "signalDbm") && message.signalDbm !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).sint32(message.signalDbm);
                if (message.firmwareVersion != null && $Object.hasOwnProperty.call(message, "firmwareVersion") && message.firmwareVersion !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.firmwareVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TagHeartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.TagHeartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.TagHeartbeat & watchpost.v1.TagHeartbeat.$Shape} TagHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TagHeartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.TagHeartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batteryMv = value;
                            else
                                delete message.batteryMv;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalS = value;
                            else
                                delete message.intervalS;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.signalDbm = value;
                            else
                                delete message.signalDbm;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firmwareVersion = value;
                            else
                                delete message.firmwareVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return TagHeartbeat;
        })();

        v1.SightingBatch = (function() {

            /**
             * Properties of a SightingBatch.
             * @typedef {Object} watchpost.v1.SightingBatch.$Properties
             * @property {number|Long|null} [windowStartMs] SightingBatch windowStartMs
             * @property {Array.<watchpost.v1.Sighting.$Properties>|null} [sightings] SightingBatch sightings
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SightingBatch.
             * @memberof watchpost.v1
             * @interface ISightingBatch
             * @augments watchpost.v1.SightingBatch.$Properties
             * @deprecated Use watchpost.v1.SightingBatch.$Properties instead.
             */

            /**
             * Shape of a SightingBatch.
             * @typedef {watchpost.v1.SightingBatch.$Properties} watchpost.v1.SightingBatch.$Shape
             */

            /**
             * Constructs a new SightingBatch.
             * @memberof watchpost.v1
             * @classdesc Represents a SightingBatch.
             * @constructor
             * @param {watchpost.v1.SightingBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SightingBatch = function (properties) {
                this.sightings = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SightingBatch windowStartMs.
             * @member {number|Long} windowStartMs
             * @memberof watchpost.v1.SightingBatch
             * @instance
             */
            SightingBatch.prototype.windowStartMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SightingBatch sightings.
             * @member {Array.<watchpost.v1.Sighting.$Properties>} sightings
             * @memberof watchpost.v1.SightingBatch
             * @instance
             */
            SightingBatch.prototype.sightings = $util.emptyArray;

            /**
             * Encodes the specified SightingBatch message. Does not implicitly {@link watchpost.v1.SightingBatch.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.SightingBatch
             * @static
             * @param {watchpost.v1.SightingBatch.$Properties} message SightingBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SightingBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.windowStartMs != null && $Object.hasOwnProperty.call(message, "windowStartMs") && (typeof message.windowStartMs === "object" ? message.windowStartMs.low || message.windowStartMs.high : message.windowStartMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.windowStartMs);
                if (message.sightings != null && message.sightings.length)
                    for (let i = 0; i < message.sightings.length; ++i)
                        $root.watchpost.v1.Sighting.encode(message.sightings[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SightingBatch message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.SightingBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.SightingBatch & watchpost.v1.SightingBatch.$Shape} SightingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SightingBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.SightingBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.windowStartMs = value;
                            else
                                delete message.windowStartMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sightings && message.sightings.length))
                                message.sightings = [];
                            message.sightings.push($root.watchpost.v1.Sighting.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SightingBatch;
        })();

        v1.Sighting = (function() {

            /**
             * Properties of a Sighting.
             * @typedef {Object} watchpost.v1.Sighting.$Properties
             * @property {number|null} [tagId] Sighting tagId
             * @property {number|null} [rssiDbm] Sighting rssiDbm
             * @property {number|null} [firstOffsetMs] Sighting firstOffsetMs
             * @property {number|null} [lastOffsetMs] Sighting lastOffsetMs
             * @property {number|null} [count] Sighting count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sighting.
             * @memberof watchpost.v1
             * @interface ISighting
             * @augments watchpost.v1.Sighting.$Properties
             * @deprecated Use watchpost.v1.Sighting.$Properties instead.
             */

            /**
             * Shape of a Sighting.
             * @typedef {watchpost.v1.Sighting.$Properties} watchpost.v1.Sighting.$Shape
             */

            /**
             * Constructs a new Sighting.
             * @memberof watchpost.v1
             * @classdesc Represents a Sighting.
             * @constructor
             * @param {watchpost.v1.Sighting.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sighting = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sighting tagId.
             * @member {number} tagId
             * @memberof watchpost.v1.Sighting
             * @instance
             */
            Sighting.prototype.tagId = 0;

            /**
             * Sighting rssiDbm.
             * @member {number} rssiDbm
             * @memberof watchpost.v1.Sighting
             * @instance
             */
            Sighting.prototype.rssiDbm = 0;

            /**
             * Sighting firstOffsetMs.
             * @member {number} firstOffsetMs
             * @memberof watchpost.v1.Sighting
             * @instance
             */
            Sighting.prototype.firstOffsetMs = 0;

            /**
             * Sighting lastOffsetMs.
             * @member {number} lastOffsetMs
             * @memberof watchpost.v1.Sighting
             * @instance
             */
            Sighting.prototype.lastOffsetMs = 0;

            /**
             * Sighting count.
             * @member {number} count
             * @memberof watchpost.v1.Sighting
             * @instance
             */
            Sighting.prototype.count = 0;

            /**
             * Encodes the specified Sighting message. Does not implicitly {@link watchpost.v1.Sighting.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.Sighting
             * @static
             * @param {watchpost.v1.Sighting.$Properties} message Sighting message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sighting.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tagId != null && $Object.hasOwnProperty.call(message, "tagId") && message.tagId !== 0)
                    writer.uint32(/* id 1, wireType 5 =*/13).fixed32(message.tagId);
                if (message.rssiDbm != null && $Object.hasOwnProperty.call(message, "rssiDbm") && message.rssiDbm !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.rssiDbm);
                if (message.firstOffsetMs != null && $Object.hasOwnProperty.call(message, "firstOffsetMs") && message.firstOffsetMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.firstOffsetMs);
                if (message.lastOffsetMs != null && $Object.hasOwnProperty.call(message, "lastOffsetMs") && message.lastOffsetMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.lastOffsetMs);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sighting message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.Sighting
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.Sighting & watchpost.v1.Sighting.$Shape} Sighting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sighting.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.Sighting();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (value = reader.fixed32())
                                message.tagId = value;
                            else
                                delete message.tagId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.rssiDbm = value;
                            else
                                delete message.rssiDbm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.firstOffsetMs = value;
                            else
                                delete message.firstOffsetMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lastOffsetMs = value;
                            else
                                delete message.lastOffsetMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Sighting;
        })();

        v1.PillarEvent = (function() {

            /**
             * Properties of a PillarEvent.
             * @typedef {Object} watchpost.v1.PillarEvent.$Properties
             * @property {watchpost.v1.PillarEventType|null} [type] PillarEvent type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PillarEvent.
             * @memberof watchpost.v1
             * @interface IPillarEvent
             * @augments watchpost.v1.PillarEvent.$Properties
             * @deprecated Use watchpost.v1.PillarEvent.$Properties instead.
             */

            /**
             * Shape of a PillarEvent.
             * @typedef {watchpost.v1.PillarEvent.$Properties} watchpost.v1.PillarEvent.$Shape
             */

            /**
             * Constructs a new PillarEvent.
             * @memberof watchpost.v1
             * @classdesc Represents a PillarEvent.
             * @constructor
             * @param {watchpost.v1.PillarEvent.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PillarEvent = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PillarEvent type.
             * @member {watchpost.v1.PillarEventType} type
             * @memberof watchpost.v1.PillarEvent
             * @instance
             */
            PillarEvent.prototype.type = 0;

            /**
             * Encodes the specified PillarEvent message. Does not implicitly {@link watchpost.v1.PillarEvent.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.PillarEvent
             * @static
             * @param {watchpost.v1.PillarEvent.$Properties} message PillarEvent message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PillarEvent.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PillarEvent message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.PillarEvent
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.PillarEvent & watchpost.v1.PillarEvent.$Shape} PillarEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PillarEvent.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.PillarEvent();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return PillarEvent;
        })();

        v1.GpsFix = (function() {

            /**
             * Properties of a GpsFix.
             * @typedef {Object} watchpost.v1.GpsFix.$Properties
             * @property {number|null} [latE7] GpsFix latE7
             * @property {number|null} [lonE7] GpsFix lonE7
             * @property {number|null} [accuracyM] GpsFix accuracyM
             * @property {number|null} [speedDkmh] GpsFix speedDkmh
             * @property {number|null} [headingDeg] GpsFix headingDeg
             * @property {number|Long|null} [fixTimeMs] GpsFix fixTimeMs
             * @property {number|null} [satellites] GpsFix satellites
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a GpsFix.
             * @memberof watchpost.v1
             * @interface IGpsFix
             * @augments watchpost.v1.GpsFix.$Properties
             * @deprecated Use watchpost.v1.GpsFix.$Properties instead.
             */

            /**
             * Shape of a GpsFix.
             * @typedef {watchpost.v1.GpsFix.$Properties} watchpost.v1.GpsFix.$Shape
             */

            /**
             * Constructs a new GpsFix.
             * @memberof watchpost.v1
             * @classdesc Represents a GpsFix.
             * @constructor
             * @param {watchpost.v1.GpsFix.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const GpsFix = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * GpsFix latE7.
             * @member {number} latE7
             * @memberof watchpost.v1.GpsFix
             * @instance
             */
            GpsFix.prototype.latE7 = 0;

            /**
             * GpsFix lonE7.
             * @member {number} lonE7
             * @memberof watchpost.v1.GpsFix
             * @instance
             */
            GpsFix.prototype.lonE7 = 0;

            /**
             * GpsFix accuracyM.
             * @member {number} accuracyM
             * @memberof watchpost.v1.GpsFix
             * @instance
             */
            GpsFix.prototype.accuracyM = 0;

            /**
             * GpsFix speedDkmh.
             * @member {number} speedDkmh
             * @memberof watchpost.v1.GpsFix
             * @instance
             */
            GpsFix.prototype.speedDkmh = 0;

            /**
             * GpsFix headingDeg.
             * @member {number} headingDeg
             * @memberof watchpost.v1.GpsFix
             * @instance
             */
            GpsFix.prototype.headingDeg = 0;

            /**
             * GpsFix fixTimeMs.
             * @member {number|Long} fixTimeMs
             * @memberof watchpost.v1.GpsFix
             * @instance
             */
            GpsFix.prototype.fixTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * GpsFix satellites.
             * @member {number} satellites
             * @memberof watchpost.v1.GpsFix
             * @instance
             */
            GpsFix.prototype.satellites = 0;

            /**
             * Encodes the specified GpsFix message. Does not implicitly {@link watchpost.v1.GpsFix.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.GpsFix
             * @static
             * @param {watchpost.v1.GpsFix.$Properties} message GpsFix message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            GpsFix.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latE7 != null && $Object.hasOwnProperty.call(message, "latE7") && message.latE7 !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).sint32(message.latE7);
                if (message.lonE7 != null && $Object.hasOwnProperty.call(message, "lonE7") && message.lonE7 !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).sint32(message.lonE7);
                if (message.accuracyM != null && $Object.hasOwnProperty.call(message, "accuracyM") && message.accuracyM !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.accuracyM);
                if (message.speedDkmh != null && $Object.hasOwnProperty.call(message, "speedDkmh") && message.speedDkmh !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.speedDkmh);
                if (message.headingDeg != null && $Object.hasOwnProperty.call(message, "headingDeg") && message.headingDeg !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.headingDeg);
                if (message.fixTimeMs != null && $Object.hasOwnProperty.call(message, "fixTimeMs") && (typeof message.fixTimeMs === "object" ? message.fixTimeMs.low || message.fixTimeMs.high : message.fixTimeMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.fixTimeMs);
                if (message.satellites != null && $Object.hasOwnProperty.call(message, "satellites") && message.satellites !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.satellites);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a GpsFix message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.GpsFix
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.GpsFix & watchpost.v1.GpsFix.$Shape} GpsFix
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            GpsFix.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.GpsFix();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.latE7 = value;
                            else
                                delete message.latE7;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.sint32())
                                message.lonE7 = value;
                            else
                                delete message.lonE7;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.accuracyM = value;
                            else
                                delete message.accuracyM;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.speedDkmh = value;
                            else
                                delete message.speedDkmh;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.headingDeg = value;
                            else
                                delete message.headingDeg;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fixTimeMs = value;
                            else
                                delete message.fixTimeMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.satellites = value;
                            else
                                delete message.satellites;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return GpsFix;
        })();

        v1.CommandAck = (function() {

            /**
             * Properties of a CommandAck.
             * @typedef {Object} watchpost.v1.CommandAck.$Properties
             * @property {number|null} [commandId] CommandAck commandId
             * @property {watchpost.v1.AckStatus|null} [status] CommandAck status
             * @property {string|null} [detail] CommandAck detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandAck.
             * @memberof watchpost.v1
             * @interface ICommandAck
             * @augments watchpost.v1.CommandAck.$Properties
             * @deprecated Use watchpost.v1.CommandAck.$Properties instead.
             */

            /**
             * Shape of a CommandAck.
             * @typedef {watchpost.v1.CommandAck.$Properties} watchpost.v1.CommandAck.$Shape
             */

            /**
             * Constructs a new CommandAck.
             * @memberof watchpost.v1
             * @classdesc Represents a CommandAck.
             * @constructor
             * @param {watchpost.v1.CommandAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommandAck commandId.
             * @member {number} commandId
             * @memberof watchpost.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.commandId = 0;

            /**
             * CommandAck status.
             * @member {watchpost.v1.AckStatus} status
             * @memberof watchpost.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.status = 0;

            /**
             * CommandAck detail.
             * @member {string} detail
             * @memberof watchpost.v1.CommandAck
             * @instance
             */
            CommandAck.prototype.detail = "";

            /**
             * Encodes the specified CommandAck message. Does not implicitly {@link watchpost.v1.CommandAck.verify|verify} messages.
             * @function encode
             * @memberof watchpost.v1.CommandAck
             * @static
             * @param {watchpost.v1.CommandAck.$Properties} message CommandAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.commandId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.status);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommandAck message from the specified reader or buffer.
             * @function decode
             * @memberof watchpost.v1.CommandAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {watchpost.v1.CommandAck & watchpost.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.watchpost.v1.CommandAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return CommandAck;
        })();

        return v1;
    })();

    return watchpost;
})();

export {
  $root as default
};
