"""Why a file or a network call failed, in Chinese: the editor sees "域名无法解析", not "[Errno -2]".

``OSError`` and ``urllib.error.URLError`` carry the C library's English text (``Name or service not
known``) and errno numbers; the numbers are stable, so the reason is looked up by number, then by kind.
"""

from __future__ import annotations

import errno
import socket
import ssl

_BY_ERRNO = {
    errno.ENOENT: "文件或目录不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.EISDIR: "这是一个目录",
    errno.ENOTDIR: "路径中有一段不是目录",
    errno.ENOSPC: "磁盘已满",
    errno.EROFS: "磁盘为只读",
    errno.ECONNREFUSED: "对方拒绝连接，服务器没有在这个端口上服务",
    errno.ECONNRESET: "连接被对方中断",
    errno.EHOSTUNREACH: "无法到达对方主机，网络不通",
    errno.ENETUNREACH: "网络不可用",
    errno.ETIMEDOUT: "连接超时",
}
_BY_GAIERROR = {
    socket.EAI_NONAME: "域名无法解析：网址写错了，或这台电脑连不上域名服务器",
    socket.EAI_AGAIN: "域名暂时无法解析：网络或域名服务器有问题，请稍后再试",
}
for _name in ("EAI_NODATA", "EAI_FAIL"):
    if hasattr(socket, _name):
        _BY_GAIERROR[getattr(socket, _name)] = "域名无法解析：网址写错了，或这台电脑连不上域名服务器"


def reason_in_chinese(error: BaseException | str) -> str:
    """The reason of an ``OSError``, ``URLError`` (its ``reason``) or timeout, said in Chinese."""
    reason = getattr(error, "reason", error)
    if isinstance(reason, str):
        return reason
    if isinstance(reason, socket.gaierror):
        return _BY_GAIERROR.get(reason.errno, "域名无法解析") if reason.errno is not None else "域名无法解析"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "连接超时：对方没有在限定时间内响应，可在配置 ingest.timeout 中调长"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return "对方网站的安全证书无法验证"
    if isinstance(reason, ssl.SSLError):
        return "安全连接（HTTPS）建立失败"
    if isinstance(reason, OSError) and reason.errno in _BY_ERRNO:
        return _BY_ERRNO[reason.errno]
    if isinstance(reason, OSError):
        return f"系统错误 {reason.errno}" if reason.errno is not None else "系统错误"
    return type(reason).__name__
