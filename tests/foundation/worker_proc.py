"""A worker process for the kill test: serves `slow` on a command queue, announcing each start."""
import asyncio
import sys

from broker import Broker, RpcWorker


async def main(url: str, queue: str) -> None:
    broker = await Broker(url, "querycast-test-victim").start()
    worker = RpcWorker(broker, queue, prefetch=1, app_id="victim")

    async def slow(command, delivery):
        print("started", command.request_id, flush=True)
        await asyncio.sleep(60)
        return {"servedBy": "victim"}

    worker.handle("slow", slow)
    await worker.start()
    print("ready", flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
