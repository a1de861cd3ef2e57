/** The move's database side: the wall rebound per county, the file's rows copied as stored. */
package cn.zugong.core.transfer.infrastructure;
