package io.strata.http;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/**
 * Sits between the HTTP decoder and the FlowControlHandler and hides the read-complete events of
 * socket reads that produced no HTTP message.
 *
 * <p>With autoRead off, one socket read brings at most a couple of kilobytes, so a request head
 * longer than that (a long URL, big cookies) takes several reads; the decoder asks for each next
 * one itself. Netty 4.2's FlowControlHandler, though, forgets the pending demand of its consumer
 * on every read-complete event, so after such a partial read the finished request was queued and
 * never delivered: the connection stalled on any head over ~2 KB. Only reads that delivered a
 * message now complete a read as far as the FlowControlHandler can tell.
 */
final class PartialReadFilter extends ChannelInboundHandlerAdapter {
    private boolean delivered;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        delivered = true;
        ctx.fireChannelRead(msg);
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (delivered) {
            delivered = false;
            ctx.fireChannelReadComplete();
        }
        // else: the decoder has asked for more bytes; the consumer's demand must stay outstanding
    }
}
