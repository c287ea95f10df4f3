import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace watchpost. */
export namespace watchpost {

    /** Namespace v1. */
    namespace v1 {

        /** PowerSource enum. */
        enum PowerSource {

            /** POWER_SOURCE_UNSPECIFIED value */
            POWER_SOURCE_UNSPECIFIED = 0,

            /** POWER_SOURCE_MAINS value */
            POWER_SOURCE_MAINS = 1,

            /** POWER_SOURCE_BATTERY value */
            POWER_SOURCE_BATTERY = 2
        }

        /** CameraStatus enum. */
        enum CameraStatus {

            /** CAMERA_STATUS_UNSPECIFIED value */
            CAMERA_STATUS_UNSPECIFIED = 0,

            /** CAMERA_STATUS_OK value */
            CAMERA_STATUS_OK = 1,

            /** CAMERA_STATUS_OFFLINE value */
            CAMERA_STATUS_OFFLINE = 2,

            /** CAMERA_STATUS_FAULT value */
            CAMERA_STATUS_FAULT = 3
        }

        /** BackhaulType enum. */
        enum BackhaulType {

            /** BACKHAUL_TYPE_UNSPECIFIED value */
            BACKHAUL_TYPE_UNSPECIFIED = 0,

            /** BACKHAUL_TYPE_ETHERNET value */
            BACKHAUL_TYPE_ETHERNET = 1,

            /** BACKHAUL_TYPE_CELLULAR value */
            BACKHAUL_TYPE_CELLULAR = 2,

            /** BACKHAUL_TYPE_FIBER value */
            BACKHAUL_TYPE_FIBER = 3
        }

        /** PillarEventType enum. */
        enum PillarEventType {

            /** PILLAR_EVENT_TYPE_UNSPECIFIED value */
            PILLAR_EVENT_TYPE_UNSPECIFIED = 0,

            /** PILLAR_EVENT_TYPE_BUTTON_PRESSED value */
            PILLAR_EVENT_TYPE_BUTTON_PRESSED = 1,

            /** PILLAR_EVENT_TYPE_BUTTON_RELEASED value */
            PILLAR_EVENT_TYPE_BUTTON_RELEASED = 2,

            /** PILLAR_EVENT_TYPE_CALL_STARTED value */
            PILLAR_EVENT_TYPE_CALL_STARTED = 3,

            /** PILLAR_EVENT_TYPE_CALL_ENDED value */
            PILLAR_EVENT_TYPE_CALL_ENDED = 4,

            /** PILLAR_EVENT_TYPE_TAMPER_OPENED value */
            PILLAR_EVENT_TYPE_TAMPER_OPENED = 5,

            /** PILLAR_EVENT_TYPE_TAMPER_CLOSED value */
            PILLAR_EVENT_TYPE_TAMPER_CLOSED = 6,

            /** PILLAR_EVENT_TYPE_POWER_LOST value */
            PILLAR_EVENT_TYPE_POWER_LOST = 7,

            /** PILLAR_EVENT_TYPE_POWER_RESTORED value */
            PILLAR_EVENT_TYPE_POWER_RESTORED = 8,

            /** PILLAR_EVENT_TYPE_CAMERA_OFFLINE value */
            PILLAR_EVENT_TYPE_CAMERA_OFFLINE = 9,

            /** PILLAR_EVENT_TYPE_CAMERA_ONLINE value */
            PILLAR_EVENT_TYPE_CAMERA_ONLINE = 10
        }

        /** AckStatus enum. */
        enum AckStatus {

            /** ACK_STATUS_UNSPECIFIED value */
            ACK_STATUS_UNSPECIFIED = 0,

            /** ACK_STATUS_OK value */
            ACK_STATUS_OK = 1,

            /** ACK_STATUS_REJECTED value */
            ACK_STATUS_REJECTED = 2,

            /** ACK_STATUS_FAILED value */
            ACK_STATUS_FAILED = 3,

            /** ACK_STATUS_UNSUPPORTED value */
            ACK_STATUS_UNSUPPORTED = 4
        }

        /**
         * Properties of a Downlink.
         * @deprecated Use watchpost.v1.Downlink.$Properties instead.
         */
        interface IDownlink extends watchpost.v1.Downlink.$Properties {
        }

        /** Represents a Downlink. */
        class Downlink {

            /**
             * Constructs a new Downlink.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.Downlink.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Downlink commandId. */
            commandId: number;

            /** Downlink issuedMs. */
            issuedMs: (number|Long);

            /** Downlink expiresMs. */
            expiresMs: (number|Long);

            /** Downlink setHeartbeatInterval. */
            setHeartbeatInterval?: (watchpost.v1.SetHeartbeatInterval.$Properties|null);

            /** Downlink reboot. */
            reboot?: (watchpost.v1.Reboot.$Properties|null);

            /** Downlink setCallState. */
            setCallState?: (watchpost.v1.SetCallState.$Properties|null);

            /** Downlink setSightingWindow. */
            setSightingWindow?: (watchpost.v1.SetSightingWindow.$Properties|null);

            /** Downlink notifyCaller. */
            notifyCaller?: (watchpost.v1.NotifyCaller.$Properties|null);

            /** Downlink mac. */
            mac: Uint8Array;

            /** Downlink command. */
            command?: ("setHeartbeatInterval"|"reboot"|"setCallState"|"setSightingWindow"|"notifyCaller");

            /**
             * Encodes the specified Downlink message. Does not implicitly {@link watchpost.v1.Downlink.verify|verify} messages.
             * @param message Downlink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.Downlink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Downlink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.Downlink & watchpost.v1.Downlink.$Shape} Downlink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.Downlink & watchpost.v1.Downlink.$Shape;
        }

        namespace Downlink {

            /** Properties of a Downlink. */
            interface $Properties {

                /** Downlink commandId */
                commandId?: (number|null);

                /** Downlink issuedMs */
                issuedMs?: (number|Long|null);

                /** Downlink expiresMs */
                expiresMs?: (number|Long|null);

                /** Downlink setHeartbeatInterval */
                setHeartbeatInterval?: (watchpost.v1.SetHeartbeatInterval.$Properties|null);

                /** Downlink reboot */
                reboot?: (watchpost.v1.Reboot.$Properties|null);

                /** Downlink setCallState */
                setCallState?: (watchpost.v1.SetCallState.$Properties|null);

                /** Downlink setSightingWindow */
                setSightingWindow?: (watchpost.v1.SetSightingWindow.$Properties|null);

                /** Downlink notifyCaller */
                notifyCaller?: (watchpost.v1.NotifyCaller.$Properties|null);

                /** Downlink mac */
                mac?: (Uint8Array|null);

                /** Downlink command */
                command?: ("setHeartbeatInterval"|"reboot"|"setCallState"|"setSightingWindow"|"notifyCaller");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Downlink. */
            type $Shape = {
              commandId?: number|null;
              issuedMs?: number|Long|null;
              expiresMs?: number|Long|null;
              setHeartbeatInterval?: watchpost.v1.SetHeartbeatInterval.$Shape|null;
              reboot?: watchpost.v1.Reboot.$Shape|null;
              setCallState?: watchpost.v1.SetCallState.$Shape|null;
              setSightingWindow?: watchpost.v1.SetSightingWindow.$Shape|null;
              notifyCaller?: watchpost.v1.NotifyCaller.$Shape|null;
              mac?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; setHeartbeatInterval?: null; reboot?: null; setCallState?: null; setSightingWindow?: null; notifyCaller?: null }|{ command?: "setHeartbeatInterval"; setHeartbeatInterval: watchpost.v1.SetHeartbeatInterval.$Shape; reboot?: null; setCallState?: null; setSightingWindow?: null; notifyCaller?: null }|{ command?: "reboot"; setHeartbeatInterval?: null; reboot: watchpost.v1.Reboot.$Shape; setCallState?: null; setSightingWindow?: null; notifyCaller?: null }|{ command?: "setCallState"; setHeartbeatInterval?: null; reboot?: null; setCallState: watchpost.v1.SetCallState.$Shape; setSightingWindow?: null; notifyCaller?: null }|{ command?: "setSightingWindow"; setHeartbeatInterval?: null; reboot?: null; setCallState?: null; setSightingWindow: watchpost.v1.SetSightingWindow.$Shape; notifyCaller?: null }|{ command?: "notifyCaller"; setHeartbeatInterval?: null; reboot?: null; setCallState?: null; setSightingWindow?: null; notifyCaller: watchpost.v1.NotifyCaller.$Shape })
            );
        }

        /**
         * Properties of a SetHeartbeatInterval.
         * @deprecated Use watchpost.v1.SetHeartbeatInterval.$Properties instead.
         */
        interface ISetHeartbeatInterval extends watchpost.v1.SetHeartbeatInterval.$Properties {
        }

        /** Represents a SetHeartbeatInterval. */
        class SetHeartbeatInterval {

            /**
             * Constructs a new SetHeartbeatInterval.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.SetHeartbeatInterval.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetHeartbeatInterval intervalS. */
            intervalS: number;

            /**
             * Encodes the specified SetHeartbeatInterval message. Does not implicitly {@link watchpost.v1.SetHeartbeatInterval.verify|verify} messages.
             * @param message SetHeartbeatInterval message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.SetHeartbeatInterval.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetHeartbeatInterval message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.SetHeartbeatInterval & watchpost.v1.SetHeartbeatInterval.$Shape} SetHeartbeatInterval
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.SetHeartbeatInterval & watchpost.v1.SetHeartbeatInterval.$Shape;
        }

        namespace SetHeartbeatInterval {

            /** Properties of a SetHeartbeatInterval. */
            interface $Properties {

                /** SetHeartbeatInterval intervalS */
                intervalS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetHeartbeatInterval. */
            type $Shape = watchpost.v1.SetHeartbeatInterval.$Properties;
        }

        /**
         * Properties of a Reboot.
         * @deprecated Use watchpost.v1.Reboot.$Properties instead.
         */
        interface IReboot extends watchpost.v1.Reboot.$Properties {
        }

        /** Represents a Reboot. */
        class Reboot {

            /**
             * Constructs a new Reboot.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.Reboot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reboot delayS. */
            delayS: number;

            /**
             * Encodes the specified Reboot message. Does not implicitly {@link watchpost.v1.Reboot.verify|verify} messages.
             * @param message Reboot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.Reboot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reboot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.Reboot & watchpost.v1.Reboot.$Shape} Reboot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.Reboot & watchpost.v1.Reboot.$Shape;
        }

        namespace Reboot {

            /** Properties of a Reboot. */
            interface $Properties {

                /** Reboot delayS */
                delayS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reboot. */
            type $Shape = watchpost.v1.Reboot.$Properties;
        }

        /**
         * Properties of a SetCallState.
         * @deprecated Use watchpost.v1.SetCallState.$Properties instead.
         */
        interface ISetCallState extends watchpost.v1.SetCallState.$Properties {
        }

        /** Represents a SetCallState. */
        class SetCallState {

            /**
             * Constructs a new SetCallState.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.SetCallState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetCallState open. */
            open: boolean;

            /**
             * Encodes the specified SetCallState message. Does not implicitly {@link watchpost.v1.SetCallState.verify|verify} messages.
             * @param message SetCallState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.SetCallState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetCallState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.SetCallState & watchpost.v1.SetCallState.$Shape} SetCallState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.SetCallState & watchpost.v1.SetCallState.$Shape;
        }

        namespace SetCallState {

            /** Properties of a SetCallState. */
            interface $Properties {

                /** SetCallState open */
                open?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetCallState. */
            type $Shape = watchpost.v1.SetCallState.$Properties;
        }

        /**
         * Properties of a SetSightingWindow.
         * @deprecated Use watchpost.v1.SetSightingWindow.$Properties instead.
         */
        interface ISetSightingWindow extends watchpost.v1.SetSightingWindow.$Properties {
        }

        /** Represents a SetSightingWindow. */
        class SetSightingWindow {

            /**
             * Constructs a new SetSightingWindow.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.SetSightingWindow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetSightingWindow windowMs. */
            windowMs: number;

            /**
             * Encodes the specified SetSightingWindow message. Does not implicitly {@link watchpost.v1.SetSightingWindow.verify|verify} messages.
             * @param message SetSightingWindow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.SetSightingWindow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetSightingWindow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.SetSightingWindow & watchpost.v1.SetSightingWindow.$Shape} SetSightingWindow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.SetSightingWindow & watchpost.v1.SetSightingWindow.$Shape;
        }

        namespace SetSightingWindow {

            /** Properties of a SetSightingWindow. */
            interface $Properties {

                /** SetSightingWindow windowMs */
                windowMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetSightingWindow. */
            type $Shape = watchpost.v1.SetSightingWindow.$Properties;
        }

        /**
         * Properties of a NotifyCaller.
         * @deprecated Use watchpost.v1.NotifyCaller.$Properties instead.
         */
        interface INotifyCaller extends watchpost.v1.NotifyCaller.$Properties {
        }

        /** Represents a NotifyCaller. */
        class NotifyCaller {

            /**
             * Constructs a new NotifyCaller.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.NotifyCaller.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotifyCaller lamp. */
            lamp: watchpost.v1.LampPattern;

            /** NotifyCaller lampS. */
            lampS: number;

            /** NotifyCaller promptId. */
            promptId: string;

            /** NotifyCaller promptRepeat. */
            promptRepeat: number;

            /**
             * Encodes the specified NotifyCaller message. Does not implicitly {@link watchpost.v1.NotifyCaller.verify|verify} messages.
             * @param message NotifyCaller message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.NotifyCaller.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotifyCaller message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.NotifyCaller & watchpost.v1.NotifyCaller.$Shape} NotifyCaller
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.NotifyCaller & watchpost.v1.NotifyCaller.$Shape;
        }

        namespace NotifyCaller {

            /** Properties of a NotifyCaller. */
            interface $Properties {

                /** NotifyCaller lamp */
                lamp?: (watchpost.v1.LampPattern|null);

                /** NotifyCaller lampS */
                lampS?: (number|null);

                /** NotifyCaller promptId */
                promptId?: (string|null);

                /** NotifyCaller promptRepeat */
                promptRepeat?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotifyCaller. */
            type $Shape = watchpost.v1.NotifyCaller.$Properties;
        }

        /** LampPattern enum. */
        enum LampPattern {

            /** LAMP_PATTERN_UNSPECIFIED value */
            LAMP_PATTERN_UNSPECIFIED = 0,

            /** LAMP_PATTERN_OFF value */
            LAMP_PATTERN_OFF = 1,

            /** LAMP_PATTERN_STEADY value */
            LAMP_PATTERN_STEADY = 2,

            /** LAMP_PATTERN_BLINK value */
            LAMP_PATTERN_BLINK = 3
        }

        /**
         * Properties of an Uplink.
         * @deprecated Use watchpost.v1.Uplink.$Properties instead.
         */
        interface IUplink extends watchpost.v1.Uplink.$Properties {
        }

        /** Represents an Uplink. */
        class Uplink {

            /**
             * Constructs a new Uplink.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.Uplink.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Uplink deviceId. */
            deviceId: string;

            /** Uplink seq. */
            seq: number;

            /** Uplink deviceTimeMs. */
            deviceTimeMs: (number|Long);

            /** Uplink pillarHeartbeat. */
            pillarHeartbeat?: (watchpost.v1.PillarHeartbeat.$Properties|null);

            /** Uplink stationHeartbeat. */
            stationHeartbeat?: (watchpost.v1.StationHeartbeat.$Properties|null);

            /** Uplink tagHeartbeat. */
            tagHeartbeat?: (watchpost.v1.TagHeartbeat.$Properties|null);

            /** Uplink sightingBatch. */
            sightingBatch?: (watchpost.v1.SightingBatch.$Properties|null);

            /** Uplink pillarEvent. */
            pillarEvent?: (watchpost.v1.PillarEvent.$Properties|null);

            /** Uplink gpsFix. */
            gpsFix?: (watchpost.v1.GpsFix.$Properties|null);

            /** Uplink commandAck. */
            commandAck?: (watchpost.v1.CommandAck.$Properties|null);

            /** Uplink mac. */
            mac: Uint8Array;

            /** Uplink body. */
            body?: ("pillarHeartbeat"|"stationHeartbeat"|"tagHeartbeat"|"sightingBatch"|"pillarEvent"|"gpsFix"|"commandAck");

            /**
             * Encodes the specified Uplink message. Does not implicitly {@link watchpost.v1.Uplink.verify|verify} messages.
             * @param message Uplink message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.Uplink.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Uplink message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.Uplink & watchpost.v1.Uplink.$Shape} Uplink
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.Uplink & watchpost.v1.Uplink.$Shape;
        }

        namespace Uplink {

            /** Properties of an Uplink. */
            interface $Properties {

                /** Uplink deviceId */
                deviceId?: (string|null);

                /** Uplink seq */
                seq?: (number|null);

                /** Uplink deviceTimeMs */
                deviceTimeMs?: (number|Long|null);

                /** Uplink pillarHeartbeat */
                pillarHeartbeat?: (watchpost.v1.PillarHeartbeat.$Properties|null);

                /** Uplink stationHeartbeat */
                stationHeartbeat?: (watchpost.v1.StationHeartbeat.$Properties|null);

                /** Uplink tagHeartbeat */
                tagHeartbeat?: (watchpost.v1.TagHeartbeat.$Properties|null);

                /** Uplink sightingBatch */
                sightingBatch?: (watchpost.v1.SightingBatch.$Properties|null);

                /** Uplink pillarEvent */
                pillarEvent?: (watchpost.v1.PillarEvent.$Properties|null);

                /** Uplink gpsFix */
                gpsFix?: (watchpost.v1.GpsFix.$Properties|null);

                /** Uplink commandAck */
                commandAck?: (watchpost.v1.CommandAck.$Properties|null);

                /** Uplink mac */
                mac?: (Uint8Array|null);

                /** Uplink body */
                body?: ("pillarHeartbeat"|"stationHeartbeat"|"tagHeartbeat"|"sightingBatch"|"pillarEvent"|"gpsFix"|"commandAck");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Uplink. */
            type $Shape = {
              deviceId?: string|null;
              seq?: number|null;
              deviceTimeMs?: number|Long|null;
              pillarHeartbeat?: watchpost.v1.PillarHeartbeat.$Shape|null;
              stationHeartbeat?: watchpost.v1.StationHeartbeat.$Shape|null;
              tagHeartbeat?: watchpost.v1.TagHeartbeat.$Shape|null;
              sightingBatch?: watchpost.v1.SightingBatch.$Shape|null;
              pillarEvent?: watchpost.v1.PillarEvent.$Shape|null;
              gpsFix?: watchpost.v1.GpsFix.$Shape|null;
              commandAck?: watchpost.v1.CommandAck.$Shape|null;
              mac?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "pillarHeartbeat"; pillarHeartbeat: watchpost.v1.PillarHeartbeat.$Shape; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "stationHeartbeat"; pillarHeartbeat?: null; stationHeartbeat: watchpost.v1.StationHeartbeat.$Shape; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "tagHeartbeat"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat: watchpost.v1.TagHeartbeat.$Shape; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "sightingBatch"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch: watchpost.v1.SightingBatch.$Shape; pillarEvent?: null; gpsFix?: null; commandAck?: null }|{ body?: "pillarEvent"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent: watchpost.v1.PillarEvent.$Shape; gpsFix?: null; commandAck?: null }|{ body?: "gpsFix"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix: watchpost.v1.GpsFix.$Shape; commandAck?: null }|{ body?: "commandAck"; pillarHeartbeat?: null; stationHeartbeat?: null; tagHeartbeat?: null; sightingBatch?: null; pillarEvent?: null; gpsFix?: null; commandAck: watchpost.v1.CommandAck.$Shape })
            );
        }

        /**
         * Properties of a PillarHeartbeat.
         * @deprecated Use watchpost.v1.PillarHeartbeat.$Properties instead.
         */
        interface IPillarHeartbeat extends watchpost.v1.PillarHeartbeat.$Properties {
        }

        /** Represents a PillarHeartbeat. */
        class PillarHeartbeat {

            /**
             * Constructs a new PillarHeartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.PillarHeartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PillarHeartbeat power. */
            power: watchpost.v1.PowerSource;

            /** PillarHeartbeat batteryMv. */
            batteryMv: number;

            /** PillarHeartbeat doorOpen. */
            doorOpen: boolean;

            /** PillarHeartbeat camera. */
            camera: watchpost.v1.CameraStatus;

            /** PillarHeartbeat intervalS. */
            intervalS: number;

            /** PillarHeartbeat firmwareVersion. */
            firmwareVersion: string;

            /**
             * Encodes the specified PillarHeartbeat message. Does not implicitly {@link watchpost.v1.PillarHeartbeat.verify|verify} messages.
             * @param message PillarHeartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.PillarHeartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PillarHeartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.PillarHeartbeat & watchpost.v1.PillarHeartbeat.$Shape} PillarHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.PillarHeartbeat & watchpost.v1.PillarHeartbeat.$Shape;
        }

        namespace PillarHeartbeat {

            /** Properties of a PillarHeartbeat. */
            interface $Properties {

                /** PillarHeartbeat power */
                power?: (watchpost.v1.PowerSource|null);

                /** PillarHeartbeat batteryMv */
                batteryMv?: (number|null);

                /** PillarHeartbeat doorOpen */
                doorOpen?: (boolean|null);

                /** PillarHeartbeat camera */
                camera?: (watchpost.v1.CameraStatus|null);

                /** PillarHeartbeat intervalS */
                intervalS?: (number|null);

                /** PillarHeartbeat firmwareVersion */
                firmwareVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PillarHeartbeat. */
            type $Shape = watchpost.v1.PillarHeartbeat.$Properties;
        }

        /**
         * Properties of a StationHeartbeat.
         * @deprecated Use watchpost.v1.StationHeartbeat.$Properties instead.
         */
        interface IStationHeartbeat extends watchpost.v1.StationHeartbeat.$Properties {
        }

        /** Represents a StationHeartbeat. */
        class StationHeartbeat {

            /**
             * Constructs a new StationHeartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.StationHeartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StationHeartbeat tagsHeard. */
            tagsHeard: number;

            /** StationHeartbeat backhaul. */
            backhaul: watchpost.v1.BackhaulType;

            /** StationHeartbeat backhaulRssiDbm. */
            backhaulRssiDbm: number;

            /** StationHeartbeat intervalS. */
            intervalS: number;

            /** StationHeartbeat firmwareVersion. */
            firmwareVersion: string;

            /** StationHeartbeat uptimeS. */
            uptimeS: number;

            /**
             * Encodes the specified StationHeartbeat message. Does not implicitly {@link watchpost.v1.StationHeartbeat.verify|verify} messages.
             * @param message StationHeartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.StationHeartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StationHeartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.StationHeartbeat & watchpost.v1.StationHeartbeat.$Shape} StationHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.StationHeartbeat & watchpost.v1.StationHeartbeat.$Shape;
        }

        namespace StationHeartbeat {

            /** Properties of a StationHeartbeat. */
            interface $Properties {

                /** StationHeartbeat tagsHeard */
                tagsHeard?: (number|null);

                /** StationHeartbeat backhaul */
                backhaul?: (watchpost.v1.BackhaulType|null);

                /** StationHeartbeat backhaulRssiDbm */
                backhaulRssiDbm?: (number|null);

                /** StationHeartbeat intervalS */
                intervalS?: (number|null);

                /** StationHeartbeat firmwareVersion */
                firmwareVersion?: (string|null);

                /** StationHeartbeat uptimeS */
                uptimeS?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StationHeartbeat. */
            type $Shape = watchpost.v1.StationHeartbeat.$Properties;
        }

        /**
         * Properties of a TagHeartbeat.
         * @deprecated Use watchpost.v1.TagHeartbeat.$Properties instead.
         */
        interface ITagHeartbeat extends watchpost.v1.TagHeartbeat.$Properties {
        }

        /** Represents a TagHeartbeat. */
        class TagHeartbeat {

            /**
             * Constructs a new TagHeartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.TagHeartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TagHeartbeat batteryMv. */
            batteryMv: number;

            /** TagHeartbeat intervalS. */
            intervalS: number;

            /** TagHeartbeat signalDbm. */
            signalDbm: number;

            /** TagHeartbeat firmwareVersion. */
            firmwareVersion: string;

            /**
             * Encodes the specified TagHeartbeat message. Does not implicitly {@link watchpost.v1.TagHeartbeat.verify|verify} messages.
             * @param message TagHeartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.TagHeartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TagHeartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.TagHeartbeat & watchpost.v1.TagHeartbeat.$Shape} TagHeartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.TagHeartbeat & watchpost.v1.TagHeartbeat.$Shape;
        }

        namespace TagHeartbeat {

            /** Properties of a TagHeartbeat. */
            interface $Properties {

                /** TagHeartbeat batteryMv */
                batteryMv?: (number|null);

                /** TagHeartbeat intervalS */
                intervalS?: (number|null);

                /** TagHeartbeat signalDbm */
                signalDbm?: (number|null);

                /** TagHeartbeat firmwareVersion */
                firmwareVersion?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TagHeartbeat. */
            type $Shape = watchpost.v1.TagHeartbeat.$Properties;
        }

        /**
         * Properties of a SightingBatch.
         * @deprecated Use watchpost.v1.SightingBatch.$Properties instead.
         */
        interface ISightingBatch extends watchpost.v1.SightingBatch.$Properties {
        }

        /** Represents a SightingBatch. */
        class SightingBatch {

            /**
             * Constructs a new SightingBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.SightingBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SightingBatch windowStartMs. */
            windowStartMs: (number|Long);

            /** SightingBatch sightings. */
            sightings: watchpost.v1.Sighting.$Properties[];

            /**
             * Encodes the specified SightingBatch message. Does not implicitly {@link watchpost.v1.SightingBatch.verify|verify} messages.
             * @param message SightingBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.SightingBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SightingBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.SightingBatch & watchpost.v1.SightingBatch.$Shape} SightingBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.SightingBatch & watchpost.v1.SightingBatch.$Shape;
        }

        namespace SightingBatch {

            /** Properties of a SightingBatch. */
            interface $Properties {

                /** SightingBatch windowStartMs */
                windowStartMs?: (number|Long|null);

                /** SightingBatch sightings */
                sightings?: (watchpost.v1.Sighting.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SightingBatch. */
            type $Shape = watchpost.v1.SightingBatch.$Properties;
        }

        /**
         * Properties of a Sighting.
         * @deprecated Use watchpost.v1.Sighting.$Properties instead.
         */
        interface ISighting extends watchpost.v1.Sighting.$Properties {
        }

        /** Represents a Sighting. */
        class Sighting {

            /**
             * Constructs a new Sighting.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.Sighting.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sighting tagId. */
            tagId: number;

            /** Sighting rssiDbm. */
            rssiDbm: number;

            /** Sighting firstOffsetMs. */
            firstOffsetMs: number;

            /** Sighting lastOffsetMs. */
            lastOffsetMs: number;

            /** Sighting count. */
            count: number;

            /**
             * Encodes the specified Sighting message. Does not implicitly {@link watchpost.v1.Sighting.verify|verify} messages.
             * @param message Sighting message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.Sighting.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sighting message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.Sighting & watchpost.v1.Sighting.$Shape} Sighting
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.Sighting & watchpost.v1.Sighting.$Shape;
        }

        namespace Sighting {

            /** Properties of a Sighting. */
            interface $Properties {

                /** Sighting tagId */
                tagId?: (number|null);

                /** Sighting rssiDbm */
                rssiDbm?: (number|null);

                /** Sighting firstOffsetMs */
                firstOffsetMs?: (number|null);

                /** Sighting lastOffsetMs */
                lastOffsetMs?: (number|null);

                /** Sighting count */
                count?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sighting. */
            type $Shape = watchpost.v1.Sighting.$Properties;
        }

        /**
         * Properties of a PillarEvent.
         * @deprecated Use watchpost.v1.PillarEvent.$Properties instead.
         */
        interface IPillarEvent extends watchpost.v1.PillarEvent.$Properties {
        }

        /** Represents a PillarEvent. */
        class PillarEvent {

            /**
             * Constructs a new PillarEvent.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.PillarEvent.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PillarEvent type. */
            type: watchpost.v1.PillarEventType;

            /**
             * Encodes the specified PillarEvent message. Does not implicitly {@link watchpost.v1.PillarEvent.verify|verify} messages.
             * @param message PillarEvent message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.PillarEvent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PillarEvent message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.PillarEvent & watchpost.v1.PillarEvent.$Shape} PillarEvent
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.PillarEvent & watchpost.v1.PillarEvent.$Shape;
        }

        namespace PillarEvent {

            /** Properties of a PillarEvent. */
            interface $Properties {

                /** PillarEvent type */
                type?: (watchpost.v1.PillarEventType|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PillarEvent. */
            type $Shape = watchpost.v1.PillarEvent.$Properties;
        }

        /**
         * Properties of a GpsFix.
         * @deprecated Use watchpost.v1.GpsFix.$Properties instead.
         */
        interface IGpsFix extends watchpost.v1.GpsFix.$Properties {
        }

        /** Represents a GpsFix. */
        class GpsFix {

            /**
             * Constructs a new GpsFix.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.GpsFix.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GpsFix latE7. */
            latE7: number;

            /** GpsFix lonE7. */
            lonE7: number;

            /** GpsFix accuracyM. */
            accuracyM: number;

            /** GpsFix speedDkmh. */
            speedDkmh: number;

            /** GpsFix headingDeg. */
            headingDeg: number;

            /** GpsFix fixTimeMs. */
            fixTimeMs: (number|Long);

            /** GpsFix satellites. */
            satellites: number;

            /**
             * Encodes the specified GpsFix message. Does not implicitly {@link watchpost.v1.GpsFix.verify|verify} messages.
             * @param message GpsFix message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.GpsFix.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GpsFix message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.GpsFix & watchpost.v1.GpsFix.$Shape} GpsFix
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.GpsFix & watchpost.v1.GpsFix.$Shape;
        }

        namespace GpsFix {

            /** Properties of a GpsFix. */
            interface $Properties {

                /** GpsFix latE7 */
                latE7?: (number|null);

                /** GpsFix lonE7 */
                lonE7?: (number|null);

                /** GpsFix accuracyM */
                accuracyM?: (number|null);

                /** GpsFix speedDkmh */
                speedDkmh?: (number|null);

                /** GpsFix headingDeg */
                headingDeg?: (number|null);

                /** GpsFix fixTimeMs */
                fixTimeMs?: (number|Long|null);

                /** GpsFix satellites */
                satellites?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a GpsFix. */
            type $Shape = watchpost.v1.GpsFix.$Properties;
        }

        /**
         * Properties of a CommandAck.
         * @deprecated Use watchpost.v1.CommandAck.$Properties instead.
         */
        interface ICommandAck extends watchpost.v1.CommandAck.$Properties {
        }

        /** Represents a CommandAck. */
        class CommandAck {

            /**
             * Constructs a new CommandAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: watchpost.v1.CommandAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandAck commandId. */
            commandId: number;

            /** CommandAck status. */
            status: watchpost.v1.AckStatus;

            /** CommandAck detail. */
            detail: string;

            /**
             * Encodes the specified CommandAck message. Does not implicitly {@link watchpost.v1.CommandAck.verify|verify} messages.
             * @param message CommandAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: watchpost.v1.CommandAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {watchpost.v1.CommandAck & watchpost.v1.CommandAck.$Shape} CommandAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): watchpost.v1.CommandAck & watchpost.v1.CommandAck.$Shape;
        }

        namespace CommandAck {

            /** Properties of a CommandAck. */
            interface $Properties {

                /** CommandAck commandId */
                commandId?: (number|null);

                /** CommandAck status */
                status?: (watchpost.v1.AckStatus|null);

                /** CommandAck detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandAck. */
            type $Shape = watchpost.v1.CommandAck.$Properties;
        }
    }
}
