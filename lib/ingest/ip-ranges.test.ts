import { describe, expect, it } from "vitest";
import { ipBytes, isPublicAddress } from "./ip-ranges";

describe("isPublicAddress", () => {
  it.each([
    // IPv4 refused
    ["0.0.0.0", false],
    ["0.1.2.3", false],
    ["10.0.0.1", false],
    ["10.255.255.255", false],
    ["100.64.0.1", false],
    ["100.127.255.254", false],
    ["127.0.0.1", false],
    ["127.255.255.254", false],
    ["169.254.169.254", false],
    ["172.16.0.1", false],
    ["172.31.255.255", false],
    ["192.0.0.8", false],
    ["192.0.2.1", false],
    ["192.88.99.1", false],
    ["192.168.1.1", false],
    ["198.18.0.1", false],
    ["198.19.255.255", false],
    ["198.51.100.7", false],
    ["203.0.113.9", false],
    ["224.0.0.1", false],
    ["239.255.255.250", false],
    ["240.0.0.1", false],
    ["255.255.255.255", false],
    // IPv4 allowed, including neighbours of the refused ranges
    ["8.8.8.8", true],
    ["1.1.1.1", true],
    ["100.63.255.255", true],
    ["100.128.0.0", true],
    ["172.15.255.255", true],
    ["172.32.0.0", true],
    ["169.253.255.255", true],
    ["198.20.0.0", true],
    ["223.255.255.255", true],
    ["11.0.0.1", true],
    // IPv6 refused
    ["::", false],
    ["::1", false],
    ["[::1]", false],
    ["0:0:0:0:0:0:0:1", false],
    ["fe80::1", false],
    ["fe80::1%eth0", false],
    ["febf::1", false],
    ["fc00::1", false],
    ["fd12:3456:789a::1", false],
    ["ff02::1", false],
    ["100::1", false],
    ["::127.0.0.1", false], // deprecated IPv4-compatible
    ["::ffff:127.0.0.1", false],
    ["::ffff:7f00:1", false],
    ["::ffff:a9fe:a9fe", false], // 169.254.169.254
    ["::ffff:10.0.0.1", false],
    ["::ffff:0:127.0.0.1", false], // IPv4-translated, not global
    ["64:ff9b::127.0.0.1", false],
    ["64:ff9b::a00:1", false],
    ["2002:7f00:1::", false], // 6to4 of 127.0.0.1
    ["2002:c0a8:101::1", false], // 6to4 of 192.168.1.1
    ["2001::1", false], // Teredo
    ["2001:2::1", false], // benchmarking
    ["2001:db8::1", false],
    ["3fff::1", false],
    // IPv6 allowed
    ["2606:4700:4700::1111", true],
    ["2001:4860:4860::8888", true],
    ["2a00:1450:4001:80b::200e", true],
    ["::ffff:8.8.8.8", true],
    ["64:ff9b::808:808", true],
    ["2002:808:808::1", true],
    // not addresses
    ["localhost", false],
    ["", false],
    ["127.1", false], // only the URL parser's normal form is accepted
    ["999.1.1.1", false],
  ])("%s → %s", (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});

describe("ipBytes", () => {
  it.each([
    ["1.2.3.4", [1, 2, 3, 4]],
    ["::1", [...Array(15).fill(0), 1]],
    ["::ffff:1.2.3.4", [...Array(10).fill(0), 0xff, 0xff, 1, 2, 3, 4]],
    ["1:2::", [0, 1, 0, 2, ...Array(12).fill(0)]],
    ["abcd:ef01:2345:6789:abcd:ef01:2345:6789", [0xab, 0xcd, 0xef, 1, 0x23, 0x45, 0x67, 0x89, 0xab, 0xcd, 0xef, 1, 0x23, 0x45, 0x67, 0x89]],
    ["nope", null],
  ])("%s", (ip, expected) => {
    expect(ipBytes(ip)).toEqual(expected);
  });
});
